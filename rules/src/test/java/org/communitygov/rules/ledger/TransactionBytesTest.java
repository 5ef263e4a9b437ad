package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.EntryId;
import org.communitygov.model.ledger.ImmutableTransaction;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A transaction written with room made once, its dates and unit kept from the one before (ADR
 * 0117), is the bytes the member-by-member way writes, whatever its text (CJK, quotes, backslashes,
 * the rest of the BMP the model lets in), dates, amounts, units and optional members, and whatever
 * the writer wrote before; and a journal line ends as the member-by-member way ends it.
 */
class TransactionBytesTest {
  /** The kinds of character a transaction's texts are made of: those the model lets in. */
  private static final int[][] TEXT = {
    {0x20, 0x7f}, // printable ASCII
    {'"', '"' + 1},
    {'\\', '\\' + 1},
    {0xa0, 0x800}, // the rest of Latin-1, two bytes of UTF-8
    {0x2028, 0x202a}, // the line and paragraph separators
    {0x4e00, 0xa000}, // CJK
    {0xe000, 0x10000}, // the rest of the BMP after the surrogates
  };

  private static final String ID_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._:-";

  private static final List<Unit> UNITS =
      List.of(Unit.HOUR, Unit.POINT, Unit.CNY, Unit.parse("JPY"));

  static String id(SplittableRandom random) {
    StringBuilder id = new StringBuilder().append(ID_CHARS.charAt(random.nextInt(62)));
    for (int n = random.nextInt(random.nextInt(8) == 0 ? 64 : 16); n > 0; n--) {
      id.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
    }
    return id.toString();
  }

  static String text(SplittableRandom random) {
    int n = random.nextInt(6) == 0 ? random.nextInt(501) : random.nextInt(40);
    if (random.nextBoolean()) {
      // plain ASCII only, the common case
      return CanonicalWriterStringTest.randomText(random, new int[][] {TEXT[0]}, n);
    }
    return CanonicalWriterStringTest.randomText(random, TEXT, n);
  }

  static LocalDate date(SplittableRandom random, LocalDate before) {
    return switch (random.nextInt(6)) {
      case 0, 1 -> before; // records share their date
      case 2 -> LocalDate.ofEpochDay(before.toEpochDay()); // the same date, another instance
      case 3 -> LocalDate.ofEpochDay(random.nextLong(-800_000, 3_000_000)); // odd years too
      default -> before.plusDays(random.nextInt(3));
    };
  }

  static Transaction transaction(SplittableRandom random, LocalDate date, int postings) {
    ImmutableTransaction.Builder tx =
        Transaction.builder()
            .id(EntryId.of(id(random)))
            .bookingDate(date)
            .valueDate(random.nextInt(4) == 0 ? date.minusDays(random.nextInt(40)) : date)
            .memo(random.nextInt(8) == 0 ? "" : text(random));
    for (int i = 0; i < postings; i++) {
      Unit unit = UNITS.get(random.nextInt(UNITS.size()));
      long minor = random.nextLong(-Amount.MAX_MINOR, Amount.MAX_MINOR + 1) >> random.nextInt(62);
      // a posting's amount is not zero
      Amount amount = Amount.ofMinor(unit, minor == 0 ? 1 : minor);
      tx.addPosting(Posting.of(AccountId.of(id(random)), amount));
    }
    if (random.nextBoolean()) {
      tx.source(text(random));
    }
    if (random.nextInt(3) == 0) {
      tx.purpose(text(random));
    }
    if (random.nextInt(4) == 0) {
      tx.reverses(EntryId.of(id(random)));
    } else if (random.nextInt(3) == 0) {
      tx.expiresOn(date.plusDays(random.nextInt(400)));
    }
    return tx.build();
  }

  static byte[] memberByMember(Transaction tx) {
    return EntryCodec.writeMemberByMember(tx, new CanonicalWriter()).bytes();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {17, 20261203, 4_503_599_627_370_497L})
  void writesEveryTransactionAsTheMemberByMemberWayDoes(long seed) {
    System.out.println("TransactionBytesTest seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    CanonicalWriter w = new CanonicalWriter();
    LocalDate date = LocalDate.of(2025, 1, 1);
    for (int i = 0; i < 3_000; i++) {
      date = date(random, date);
      Transaction tx =
          transaction(random, date, 2 + (random.nextInt(4) == 0 ? random.nextInt(6) : 0));
      // after a line or more of the batch, or alone
      if (random.nextInt(3) == 0) {
        w.reset();
      }
      int from = w.length();
      EntryCodec.write(tx, w);
      byte[] written = Arrays.copyOfRange(w.array(), from, w.length());
      assertThat(new String(written, StandardCharsets.UTF_8))
          .isEqualTo(new String(memberByMember(tx), StandardCharsets.UTF_8));
      assertThat(written).isEqualTo(memberByMember(tx));
    }
  }

  @Test
  void leavesAVeryLongTransactionToTheMemberByMemberWay() {
    SplittableRandom random = new SplittableRandom(5);
    Transaction tx = transaction(random, LocalDate.of(2025, 3, 7), 600);
    CanonicalWriter w = new CanonicalWriter();
    assertThat(w.transactions().write(tx)).isFalse();
    assertThat(w.length()).isZero();
    assertThat(EntryCodec.write(tx, w).bytes()).isEqualTo(memberByMember(tx));
  }

  @Test
  void writesAMemberAfterTheTransactionWithItsComma() {
    Transaction tx = LedgerFixtures.move("T1", "2026-02-01", "issuance", "m1", "2.50");
    CanonicalWriter fast = new CanonicalWriter().begin().name("entry");
    CanonicalWriter plain = new CanonicalWriter().begin().name("entry");
    EntryCodec.write(tx, fast).field("index", 3).end();
    EntryCodec.writeMemberByMember(tx, plain).field("index", 3).end();
    assertThat(fast.text()).isEqualTo(plain.text());
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {23, 20261203})
  void endsAJournalLineAsTheIndexAndLeafMembersDo(long seed) {
    System.out.println("TransactionBytesTest line seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 2_000; i++) {
      long index = random.nextLong() >>> random.nextInt(64);
      if (random.nextInt(20) == 0) {
        index = -index;
      }
      byte[] leaf = new byte[Hashes.LENGTH];
      random.nextBytes(leaf);
      String entry = "{\"id\":\"x\"}";
      String ended = new CanonicalWriter().begin().raw("entry", entry).endLine(index, leaf).text();
      String plain =
          new CanonicalWriter()
              .begin()
              .raw("entry", entry)
              .field("index", index)
              .hex("leaf", leaf)
              .end()
              .text();
      assertThat(ended).isEqualTo(plain);
    }
  }
}
