package org.communitygov.rules.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.communitygov.model.ledger.AccountClosure;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.BalanceAssertion;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.EntryId;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;
import org.communitygov.rules.funding.book.FundBook;
import org.communitygov.rules.funding.disclosure.DisclosureFold;
import org.communitygov.rules.funding.disclosure.DisclosureReport;
import org.communitygov.rules.funding.disclosure.Disclosures;
import org.communitygov.rules.funding.disclosure.ReportPeriod;
import org.communitygov.rules.ledger.EntryCodec;
import org.communitygov.rules.ledger.LedgerFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The journal stream under the fold: a journal handed over a few bytes at a time (printed seeds) or
 * with a line longer than the stream's buffer gives the in-memory reports; a leaf that is not
 * hexadecimal (on a line opening an account or a transaction), an index out of turn (on a line
 * opening an account, a transaction and a close), a torn last line a linked batch that does not end
 * and an empty line are refused with the line's number, whether the line is read in place or by the
 * full parser.
 */
class JournalStreamTest {
  static final ReportPeriod YEAR = ReportPeriod.parse("2026");
  static final String LEAF = "0123456789abcdef".repeat(4);

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {8, 20261202})
  void aJournalHandedOverAFewBytesAtATimeGivesTheInMemoryReports(long seed) throws IOException {
    System.out.println("JournalStreamTest seed " + seed);
    FundBook book = DisclosureFoldTest.history(seed);
    Random random = new Random(seed);
    InputStream in = new Trickle(journal(book.ledger().lines()), random);
    List<ReportPeriod> periods = List.of(YEAR, ReportPeriod.parse("2026-Q2"));
    List<DisclosureReport> read =
        DisclosureFold.of(DisclosureFold.Registers.of(book), periods, 3).read(in).reports();
    assertThat(read.get(0)).isEqualTo(Disclosures.of(book, YEAR, 3));
    assertThat(read.get(1)).isEqualTo(Disclosures.of(book, periods.get(1), 3));
    assertThat(read.get(1).closingHead()).isPresent();
  }

  @Test
  void linesLongerThanTheBufferAreReadInPlaceOrByTheParser() throws IOException {
    FundBook book = DisclosureFoldTest.history(9);
    List<byte[]> lines = new ArrayList<>(book.ledger().lines());
    lines.add(longLine(lines.size(), "long", 2_000));
    lines.add(longLine(lines.size(), "long \"escaped\"", 3_000));
    lines.add(longLine(lines.size(), "short", 2));
    List<DisclosureReport> read =
        DisclosureFold.of(DisclosureFold.Registers.of(book), List.of(YEAR), 3)
            .read(new ByteArrayInputStream(journal(lines)))
            .reports();
    assertThat(lines.get(lines.size() - 2).length).isGreaterThan(1 << 17);
    assertThat(read.get(0)).isEqualTo(Disclosures.of(book, YEAR, 3));
  }

  @Test
  void entriesOfOtherKindsAreLeftOut() throws IOException {
    FundBook book = DisclosureFoldTest.history(15);
    List<byte[]> lines = new ArrayList<>(book.ledger().lines());
    lines.add(
        line(
            lines.size(),
            BalanceAssertion.builder()
                .id(EntryId.of("check-1"))
                .account(AccountId.of("fund:GEN"))
                .on(LocalDate.of(2027, 1, 2))
                .expected(Amount.ofMinor(Unit.CNY, 100))
                .build()));
    lines.add(
        line(
            lines.size(),
            AccountClosure.builder()
                .id(EntryId.of("closure-1"))
                .account(AccountId.of("fund:GEN"))
                .on(LocalDate.of(2027, 1, 3))
                .build()));
    List<DisclosureReport> read =
        DisclosureFold.of(DisclosureFold.Registers.of(book), List.of(YEAR), 3)
            .read(new ByteArrayInputStream(journal(lines)))
            .reports();
    assertThat(read.get(0)).isEqualTo(Disclosures.of(book, YEAR, 3));
  }

  @Test
  void aLeafThatIsNotHexadecimalIsRefusedWithItsLine() {
    FundBook book = DisclosureFoldTest.history(10);
    List<byte[]> lines = book.ledger().lines();
    for (int at : new int[] {0, firstTransaction(lines)}) {
      for (int digit : new int[] {0, 1, 62, 63}) {
        leafNotHex(book, lines, at, digit);
      }
    }
  }

  private static void leafNotHex(FundBook book, List<byte[]> lines, int at, int digit) {
    List<byte[]> changed = new ArrayList<>(lines);
    String line = new String(lines.get(at), StandardCharsets.UTF_8);
    int leaf = line.indexOf("\"leaf\":\"") + 8;
    StringBuilder s = new StringBuilder(line);
    s.setCharAt(leaf + digit, 'g');
    changed.set(at, s.toString().getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> read(book, changed))
        .as("line %d digit %d", at, digit)
        .isInstanceOf(LedgerFormatException.class)
        .hasMessage("line " + at + ": the leaf is not hex");
  }

  @Test
  void anIndexOutOfTurnIsRefusedWithTheLineAndBothIndexes() {
    FundBook book = DisclosureFoldTest.history(11);
    List<byte[]> lines = book.ledger().lines();
    int tx = firstTransaction(lines);
    int close = first(lines, s -> s.contains("\"through\":"));
    for (int at : new int[] {0, tx, close}) {
      List<byte[]> changed = new ArrayList<>(lines);
      changed.remove(at);
      assertThatThrownBy(() -> read(book, changed))
          .as("line %d left out", at)
          .isInstanceOf(LedgerFormatException.class)
          .hasMessage("line " + at + " has index " + (at + 1) + ", not " + at);
    }
  }

  @Test
  void aTornLastLineIsRefusedWithItsNumber() {
    FundBook book = DisclosureFoldTest.history(12);
    List<byte[]> lines = book.ledger().lines();
    byte[] bytes = journal(lines);
    for (int cut : new int[] {1, 10, lines.get(lines.size() - 1).length}) {
      byte[] torn = java.util.Arrays.copyOf(bytes, bytes.length - cut);
      assertThatThrownBy(() -> read(book, new ByteArrayInputStream(torn)))
          .isInstanceOf(LedgerFormatException.class)
          .hasMessage("line " + (lines.size() - 1) + " is torn: no line feed");
    }
  }

  @Test
  void anEmptyLineIsLeftToTheParserWhichRefusesIt() {
    FundBook book = DisclosureFoldTest.history(14);
    List<byte[]> lines = book.ledger().lines();
    for (int at : new int[] {1, lines.size()}) {
      List<byte[]> changed = new ArrayList<>(lines);
      changed.add(at, new byte[0]);
      assertThatThrownBy(() -> read(book, changed))
          .as("an empty line at %d", at)
          .isInstanceOf(LedgerFormatException.class)
          .hasMessageStartingWith("the line is not ");
    }
  }

  @Test
  void aLinkedBatchThatDoesNotEndIsRefusedWhicheverReaderReadItsLastLine() throws IOException {
    FundBook book = DisclosureFoldTest.history(13);
    List<byte[]> lines = new ArrayList<>(book.ledger().lines());
    read(book, lines);
    for (String memo : new String[] {"in place", "by the \"parser\""}) {
      List<byte[]> linked = new ArrayList<>(lines);
      byte[] last = longLine(lines.size(), memo, 1);
      String text = new String(last, StandardCharsets.UTF_8);
      linked.add(
          (text.substring(0, text.length() - 1) + ",\"linked\":true}")
              .getBytes(StandardCharsets.UTF_8));
      assertThatThrownBy(() -> read(book, linked))
          .as(memo)
          .isInstanceOf(LedgerFormatException.class)
          .hasMessage("line " + lines.size() + " is torn: its linked batch does not end");
      linked.add(longLine(lines.size() + 1, memo, 1));
      read(book, linked);
    }
  }

  /** The first transaction line without an escape: one read in place. */
  private static int firstTransaction(List<byte[]> lines) {
    return first(lines, s -> s.contains("\"kind\":\"transaction\"") && !s.contains("\\"));
  }

  private static int first(List<byte[]> lines, java.util.function.Predicate<String> test) {
    for (int i = 0; i < lines.size(); i++) {
      if (test.test(new String(lines.get(i), StandardCharsets.UTF_8))) {
        return i;
      }
    }
    throw new AssertionError("no such line");
  }

  /** A transaction line without a source (the fold leaves it out) with many posting lines. */
  private static byte[] longLine(long index, String memo, int pairs) {
    List<Posting> postings = new ArrayList<>();
    for (int i = 0; i < pairs; i++) {
      postings.add(Posting.of(AccountId.of("a" + i), Amount.ofMinor(Unit.CNY, 100 + i)));
      postings.add(Posting.of(AccountId.of("b" + i), Amount.ofMinor(Unit.CNY, -100 - i)));
    }
    Transaction tx =
        Transaction.builder()
            .id(EntryId.of("long-" + index))
            .bookingDate(LocalDate.of(2027, 1, 2))
            .valueDate(LocalDate.of(2027, 1, 2))
            .memo(memo)
            .postings(postings)
            .build();
    return line(index, tx);
  }

  private static byte[] line(long index, Entry e) {
    String entry = new String(EntryCodec.encode(e), StandardCharsets.UTF_8);
    return ("{\"entry\":" + entry + ",\"index\":" + index + ",\"leaf\":\"" + LEAF + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static void read(FundBook book, List<byte[]> lines) throws IOException {
    read(book, new ByteArrayInputStream(journal(lines)));
  }

  private static void read(FundBook book, InputStream in) throws IOException {
    DisclosureFold.of(DisclosureFold.Registers.of(book), List.of(YEAR), 3).read(in);
  }

  static byte[] journal(List<byte[]> lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] line : lines) {
      out.writeBytes(line);
      out.write('\n');
    }
    return out.toByteArray();
  }

  /** A stream that hands over 1 to 300 bytes at a time. */
  private static final class Trickle extends InputStream {
    private final byte[] bytes;
    private final Random random;
    private int at;

    Trickle(byte[] bytes, Random random) {
      this.bytes = bytes;
      this.random = random;
    }

    @Override
    public int read() {
      return at < bytes.length ? bytes[at++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (at == bytes.length) {
        return -1;
      }
      int n = Math.min(Math.min(len, 1 + random.nextInt(300)), bytes.length - at);
      System.arraycopy(bytes, at, b, off, n);
      at += n;
      return n;
    }
  }
}
