package org.communitygov.rules.funding.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.communitygov.rules.funding.disclosure.JournalLines.buffer;
import static org.communitygov.rules.funding.disclosure.JournalLines.lastLineFeed;
import static org.communitygov.rules.funding.disclosure.JournalLines.utf8;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.EntryId;
import org.communitygov.model.ledger.PeriodClose;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;
import org.communitygov.rules.ledger.JournalLine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The lines the in-place reader declines, so that the journal stream gives them to {@link
 * JournalLine#parse}: canonical transactions it does not read (an escaped character in a string, a
 * unit other than CNY, an amount of 17 digits, a date of a year after 9999, another kind of entry),
 * each checked to be a line the full parser accepts; and lines that are not canonical (a member
 * missing, added or out of order, a malformed amount, date, index, leaf or end, a line cut short),
 * each a change of one place of a line the reader reads.
 */
class TransactionLineDeclinesTest {
  static final String LEAF = "0123456789abcdef".repeat(4);

  /** A pending transaction with every member but a reversal. */
  static Transaction pending() {
    return Transaction.builder()
        .id(EntryId.of("T-1"))
        .bookingDate(LocalDate.of(2026, 7, 1))
        .expiresOn(LocalDate.of(2026, 7, 31))
        .valueDate(LocalDate.of(2026, 7, 15))
        .memo("助餐 meal")
        .postings(
            List.of(
                Posting.of(AccountId.of("fund:a"), Amount.ofMinor(Unit.CNY, 1234)),
                Posting.of(AccountId.of("fund:b"), Amount.ofMinor(Unit.CNY, -1234))))
        .purpose("meals")
        .source("receipt-9")
        .build();
  }

  /** A reversal, with no memo, purpose or source. */
  static Transaction reversal() {
    return Transaction.builder()
        .from(pending())
        .expiresOn(java.util.Optional.empty())
        .purpose(java.util.Optional.empty())
        .source(java.util.Optional.empty())
        .memo("")
        .reverses(EntryId.of("T-0"))
        .build();
  }

  static String line(Entry entry) {
    return JournalLines.line(entry, 7, LEAF, false);
  }

  static boolean readsInPlace(String line) {
    return readsInPlace(utf8(line));
  }

  static boolean readsInPlace(byte[] line) {
    byte[] bytes = buffer("", line, "");
    return new TransactionLine().read(bytes, 0, line.length);
  }

  @Test
  void theTwoLinesTheVariantsChangeAreReadInPlace() {
    for (Transaction tx : List.of(pending(), reversal())) {
      for (boolean linked : new boolean[] {false, true}) {
        byte[] line = utf8(JournalLines.line(tx, 7, LEAF, linked));
        byte[] bytes = buffer("", line, "");
        TransactionLine reader = new TransactionLine();
        assertThat(reader.read(bytes, 0, line.length)).isTrue();
        TransactionLineTest.assertReadAsParsed(reader, bytes, 0, line, tx.id().value());
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> canonicalLinesOfTransactionsItDoesNotReadAreDeclined() {
    Transaction p = pending();
    return Stream.of(
            named("a memo with a quote", with(p, b -> b.memo("说\"明"))),
            named("a memo with a backslash", with(p, b -> b.memo("a\\b"))),
            named("a purpose with a quote", with(p, b -> b.purpose("meals \"A\""))),
            named("a source with a backslash", with(p, b -> b.source("C:\\receipts"))),
            named("a posting in hours", with(p, b -> b.postings(postings(Unit.HOUR)))),
            named("a posting in points", with(p, b -> b.postings(postings(Unit.POINT)))),
            named(
                "a posting in US dollars",
                with(p, b -> b.postings(postings(Unit.of(Currency.getInstance("USD")))))),
            named(
                "a booking date after 9999",
                with(
                    p,
                    b ->
                        b.bookingDate(LocalDate.of(10000, 1, 1))
                            .expiresOn(LocalDate.of(10000, 1, 2)))),
            named("an expiry after 9999", with(p, b -> b.expiresOn(LocalDate.of(10000, 1, 1)))),
            named("a value date after 9999", with(p, b -> b.valueDate(LocalDate.of(10000, 1, 1)))),
            named("a value date before year 0", with(p, b -> b.valueDate(LocalDate.of(-1, 1, 1)))),
            named(
                "a period close",
                line(
                    PeriodClose.builder()
                        .id(EntryId.of("close-2026-06"))
                        .through(LocalDate.of(2026, 6, 30))
                        .build())))
        .map(
            c ->
                dynamicTest(
                    c.name,
                    () -> {
                      assertThatCode(() -> JournalLine.parse(utf8(c.line)))
                          .as("the full parser reads it")
                          .doesNotThrowAnyException();
                      assertThat(readsInPlace(c.line)).as(c.line).isFalse();
                    }));
  }

  @TestFactory
  Stream<DynamicTest> aBackslashAtAnyPlaceOfAStringIsDeclined() {
    return IntStream.range(0, 24)
        .mapToObj(
            k ->
                dynamicTest(
                    "a backslash after " + k + " characters of the memo",
                    () -> {
                      String memo = "养老abcdefghijklmnopqrstuvwxyz".substring(0, k) + "\\x";
                      String line = with(pending(), b -> b.memo(memo));
                      assertThat(readsInPlace(line)).as(line).isFalse();
                      String read = with(pending(), b -> b.memo(memo.replace('\\', '/')));
                      assertThat(readsInPlace(read)).as(read).isTrue();
                    }));
  }

  @TestFactory
  Stream<DynamicTest> linesThatAreNotCanonicalAreDeclined() {
    String p = line(pending());
    String r = line(reversal());
    return Stream.of(
            edit(p, "an escape in the id", "\"id\":\"T-1\"", "\"id\":\"T\\u002d1\""),
            edit(p, "no id", "\"id\":\"T-1\",", ""),
            edit(
                p,
                "the id after the kind",
                "\"id\":\"T-1\",\"kind\":\"transaction\"",
                "\"kind\":\"transaction\",\"id\":\"T-1\""),
            edit(p, "another kind", "\"kind\":\"transaction\"", "\"kind\":\"transactions\""),
            edit(p, "no memo", ",\"memo\":\"助餐 meal\"", ""),
            edit(p, "an unterminated memo", "助餐 meal\"", "助餐 meal"),
            edit(p, "postings not an array", "\"postings\":[", "\"postings\":{"),
            edit(p, "a posting without its account", "{\"account\":\"fund:a\",", "{"),
            edit(p, "an escape in an account", "\"fund:a\"", "\"fund\\u003aa\""),
            edit(p, "a posting without its amount", "\"amount\":\"12.34\",", ""),
            edit(p, "an amount as a number", "\"12.34\"", "12.34"),
            edit(p, "an amount with an exponent", "\"12.34\"", "\"1.234e1\""),
            edit(p, "an amount with one decimal", "\"12.34\"", "\"12.3\""),
            edit(p, "an amount with three decimals", "\"12.34\"", "\"12.345\""),
            edit(p, "an amount without decimals", "\"12.34\"", "\"12\""),
            edit(p, "an amount without its units", "\"12.34\"", "\".34\""),
            edit(
                p,
                "an amount of 17 digits before the point",
                "\"12.34\"",
                "\"12345678901234567.00\""),
            edit(p, "an amount with a plus sign", "\"12.34\"", "\"+12.34\""),
            edit(p, "an amount with two minus signs", "\"-12.34\"", "\"--12.34\""),
            edit(p, "an amount with a letter for its point", "\"12.34\"", "\"12x34\""),
            edit(p, "an amount with a letter for its first decimal", "\"12.34\"", "\"12.x4\""),
            edit(p, "an amount with a letter for its second decimal", "\"12.34\"", "\"12.3x\""),
            edit(p, "an amount with a letter after its decimals", "\"12.34\"", "\"12.34x\""),
            edit(p, "an amount with a colon for its second decimal", "\"12.34\"", "\"12.3:\""),
            edit(p, "an amount with a slash for its second decimal", "\"12.34\"", "\"12.3/\""),
            edit(p, "a posting with a member after its unit", "\"CNY\"},{", "\"CNY\",\"x\":1},{"),
            edit(p, "postings that do not end", "\"CNY\"}],", "\"CNY\"},"),
            edit(p, "postings closed by a brace", "\"CNY\"}],", "\"CNY\"}},"),
            edit(p, "an unterminated purpose", "\"meals\",", "\"meals,"),
            edit(p, "a purpose with an escape", "\"meals\"", "\"me\\u0061ls\""),
            edit(p, "a source with an escape", "\"receipt-9\"", "\"receipt\\u002d9\""),
            edit(p, "an unterminated source", "\"receipt-9\",", "\"receipt-9,"),
            edit(r, "a reversed id with an escape", "\"T-0\"", "\"T\\u002d0\""),
            edit(p, "no value date", ",\"valueDate\":\"2026-07-15\"", ""),
            edit(
                p,
                "a member after the value date",
                "\"2026-07-15\"}",
                "\"2026-07-15\",\"x\":\"y\"}"),
            edit(p, "a value date of one digit for its month", "\"2026-07-15\"", "\"2026-7-15\""),
            edit(p, "a value date with a slash", "\"2026-07-15\"", "\"2026/07/15\""),
            edit(p, "a value date with a slash before its day", "\"2026-07-15\"", "\"2026-07/15\""),
            edit(p, "a value date with a letter in its year", "\"2026-07-15\"", "\"2x26-07-15\""),
            edit(p, "a value date with a letter in its day", "\"2026-07-15\"", "\"2026-07-1x\""),
            edit(p, "a value date with a colon in its month", "\"2026-07-15\"", "\"2026-0:-15\""),
            edit(p, "a value date with a slash in its month", "\"2026-07-15\"", "\"2026-0/-15\""),
            edit(p, "a booking date of nine characters", "\"2026-07-01\"", "\"2026-7-01\""),
            edit(p, "an index without digits", "\"index\":7,", "\"index\":,"),
            edit(p, "a negative index", "\"index\":7,", "\"index\":-7,"),
            edit(p, "an index of 19 digits", "\"index\":7,", "\"index\":1000000000000000007,"),
            edit(p, "an index followed by a space", "\"index\":7,", "\"index\":7 ,"),
            edit(p, "no leaf", ",\"leaf\":\"" + LEAF + "\"", ""),
            edit(p, "a leaf of 63 digits", LEAF + "\"", LEAF.substring(1) + "\""),
            edit(p, "a leaf of 65 digits", LEAF + "\"", LEAF + "0\""),
            edit(p, "a line without its last brace", LEAF + "\"}", LEAF + "\""),
            edit(p, "a line with two last braces", LEAF + "\"}", LEAF + "\"}}"),
            edit(p, "a linked marker that is false", LEAF + "\"}", LEAF + "\",\"linked\":false}"),
            edit(
                p,
                "a linked marker followed by a letter",
                LEAF + "\"}",
                LEAF + "\",\"linked\":true}x"),
            edit(p, "a linked marker without its brace", LEAF + "\"}", LEAF + "\",\"linked\":true"))
        .map(c -> dynamicTest(c.name, () -> assertThat(readsInPlace(c.line)).as(c.line).isFalse()));
  }

  @TestFactory
  Stream<DynamicTest> aLineCutShortIsDeclinedWhereverItIsCut() {
    byte[] full = utf8(line(pending()));
    byte[] linked = utf8(JournalLines.line(pending(), 7, LEAF, true));
    return Stream.of(full, linked)
        .flatMap(
            line ->
                IntStream.range(0, line.length)
                    .mapToObj(
                        cut ->
                            dynamicTest(
                                "cut after " + cut + " of " + line.length + " bytes",
                                () -> {
                                  byte[] part = java.util.Arrays.copyOf(line, cut);
                                  assertThat(readsInPlace(part)).as("alone").isFalse();
                                  byte[] bytes = buffer("", part, new String(full, UTF8));
                                  assertThat(
                                          new TransactionLine().read(bytes, 0, lastLineFeed(bytes)))
                                      .as("followed by a whole line")
                                      .isFalse();
                                })));
  }

  private static final java.nio.charset.Charset UTF8 = java.nio.charset.StandardCharsets.UTF_8;

  private record Variant(String name, String line) {}

  private static Variant named(String name, String line) {
    return new Variant(name, line);
  }

  private static Variant edit(String line, String name, String from, String to) {
    assertThat(line).as(name).contains(from);
    return new Variant(
        name,
        line.replaceFirst(
            java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
  }

  private static String with(
      Transaction tx,
      UnaryOperator<org.communitygov.model.ledger.ImmutableTransaction.Builder> change) {
    return line(change.apply(Transaction.builder().from(tx)).build());
  }

  private static List<Posting> postings(Unit unit) {
    return List.of(
        Posting.of(AccountId.of("fund:a"), Amount.ofMinor(unit, 1234)),
        Posting.of(AccountId.of("fund:b"), Amount.ofMinor(unit, -1234)));
  }
}
