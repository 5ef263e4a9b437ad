package org.communitygov.rules.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitygov.rules.points.PointsBookTest.V1;
import static org.communitygov.rules.points.PointsBookTest.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.ledger.Account;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;
import org.communitygov.model.points.MemberId;
import org.communitygov.model.points.Scheme;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Explanation;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.ledger.Ledger;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * An expiry's memo and explanation name each credit that expired and the expiry term, as the simple
 * rule of strings made them.
 */
class ExpiriesTest {
  @Test
  void eightCreditsAreAllNamedInTheMemoAndTheExplanationNamesTheTerm() {
    PointsBook book = PointsFixtures.book("time-bank");
    for (int i = 1; i <= 8; i++) {
      book.accrue(record("R" + i, V1, "2025-01-0" + i, "1"));
    }
    List<Decision<PointsOutcome>> expired = book.expire(LocalDate.parse("2027-01-08"));
    assertThat(expired).hasSize(1);
    String memo = expired.get(0).outcomeOrThrow().transaction().orElseThrow().memo();
    assertThat(memo)
        .isEqualTo(
            "过期 8.00（记入于 "
                + String.join(
                    "; ",
                    IntStream.rangeClosed(1, 8)
                        .mapToObj(i -> "2025-01-0" + i + " 1.00 → 2027-01-0" + i)
                        .toList())
                + "）");
    Step step = expired.get(0).explanation().decisiveStep().orElseThrow();
    assertThat(step.id()).isEqualTo("points.expiry");
    assertThat(step.parameters())
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.id()).isEqualTo("points.expiry"));
    assertThat(step.result().orElseThrow().value()).isEqualTo("8.00 HOUR");
  }

  @Test
  void nineCreditsNameTheFirstEightAndTheCount() {
    assertThat(SimpleExpiries.memoLots(IntStream.rangeClosed(1, 9).mapToObj(i -> "L" + i).toList()))
        .isEqualTo("L1; L2; L3; L4; L5; L6; L7; L8; … 共 9 笔");
  }

  @TestFactory
  Stream<DynamicTest> randomLotsExpireWithTheSimpleRulesDecisionExplanationAndMemo() {
    return seeds(200, ExpiriesTest::sameExpiry);
  }

  @Test
  void amountsAndDaysAreAppendedAsTheirTextsWriteThem() {
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      Unit unit = List.of(Unit.HOUR, Unit.POINT, Unit.CNY).get(random.nextInt(3));
      long minor =
          random.nextInt(4) == 0
              ? random.nextLong() % (Amount.MAX_MINOR + 1)
              : random.nextInt(200_001) - 100_000;
      assertThat(Texts.appendDecimal(new StringBuilder(), unit, minor).toString())
          .isEqualTo(Amount.ofMinor(unit, minor).decimalText());
      long day =
          random.nextInt(8) == 0 ? random.nextInt(9_000_000) - 4_500_000 : random.nextInt(80_000);
      assertThat(Texts.appendDate(new StringBuilder(), day).toString())
          .isEqualTo(LocalDate.ofEpochDay(day).toString());
    }
    assertThatThrownBy(
            () -> Texts.appendDecimal(new StringBuilder(), Unit.HOUR, Amount.MAX_MINOR + 1))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void oneRunsTermsWriteTheSameForManyMembersAndDaysFarApart() {
    for (long seed = 1; seed <= 6; seed++) {
      Random random = new Random(seed);
      Scheme scheme = PointsFixtures.scheme(seed % 2 == 0 ? "time-bank" : "hepingli");
      PolicyParameters parameters = PolicyParameters.of(scheme);
      Expiries.Terms terms = new Expiries.Terms(d -> parameters.on(d).orElseThrow());
      long opened = PointsAccounts.openedOn(scheme).toEpochDay();
      for (int member = 0; member < 60; member++) {
        // Most within a year or two of each other, some further than the terms keep by day.
        long start =
            opened + (random.nextInt(5) == 0 ? random.nextInt(40_000) : random.nextInt(700));
        sameExpiry(random, scheme, terms, start);
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> aBooksRunsDecideAsTheSimpleRuleForEachMemberInOrderAndPostOnce() {
    return seeds(40, ExpiriesTest::sameRuns);
  }

  /** {@code count} tests of seeds following a random one, each named by its seed. */
  private static Stream<DynamicTest> seeds(int count, LongConsumer test) {
    long base = new Random().nextLong();
    return LongStream.range(0, count)
        .mapToObj(i -> DynamicTest.dynamicTest("seed " + (base + i), () -> test.accept(base + i)));
  }

  @Test
  void aTransactionWrittenAfterOneThatFailedIsTheOneAFreshBuilderWrites() {
    Scheme scheme = PointsFixtures.scheme("time-bank");
    PolicyParameters parameters = PolicyParameters.of(scheme);
    Function<LocalDate, PolicyTerms> termsOn = d -> parameters.on(d).orElseThrow();
    Expiries.Terms terms = new Expiries.Terms(termsOn);
    long opened = PointsAccounts.openedOn(scheme).toEpochDay();
    ExpiredLots lots = lots(scheme.unit(), opened + 2, opened + 9);
    LocalDate on = LocalDate.ofEpochDay(opened + 800);
    Posting one = Posting.of(PointsAccounts.ISSUANCE, Amount.ofMinor(scheme.unit(), 1));
    assertThatThrownBy(
            () ->
                terms
                    .transaction()
                    .id(EntryKeys.of("exp:" + on + ":V0"))
                    .bookingDate(on)
                    .valueDate(on)
                    .addPosting(one)
                    .memo("half-way")
                    .source("expiry:" + on)
                    .build())
        .isInstanceOf(InvalidValueException.class);
    terms.memo().append("left over");
    Decision<PointsOutcome> actual = expireV1(scheme.unit(), on, lots, terms);
    Decision<PointsOutcome> expected = SimpleExpiries.expire(scheme.unit(), V1, on, lots, termsOn);
    assertThat(actual).isEqualTo(expected);
    Transaction tx = actual.outcomeOrThrow().transaction().orElseThrow();
    assertThat(tx).isEqualTo(expected.outcomeOrThrow().transaction().orElseThrow());
    assertThat(tx.purpose()).isEmpty();
    assertThat(tx.reverses()).isEmpty();
    assertThat(tx.expiresOn()).isEmpty();
    // What the run's builder holds afterwards is not the transaction's.
    terms.transaction().addPosting(one);
    assertThat(tx.postings()).hasSize(2);
  }

  @Test
  void aCreditedDayWithoutAPolicyThrowsWhenTheJobRunsNotWhenTheExplanationIsRead() {
    Expiries.Terms terms =
        new Expiries.Terms(
            d -> {
              throw new NoSuchElementException("no policy on " + d);
            });
    LocalDate on = LocalDate.parse("2027-01-08");
    ExpiredLots lots = lots(Unit.HOUR, 20_000, 20_005);
    assertThatThrownBy(() -> expireV1(Unit.HOUR, on, lots, terms))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("no policy on " + LocalDate.ofEpochDay(lots.day(0)));
  }

  @Test
  void theExplanationIsTheSameWhicheverThreadReadsItAndHowOften() throws Exception {
    Scheme scheme = PointsFixtures.scheme("hepingli");
    PolicyParameters parameters = PolicyParameters.of(scheme);
    Function<LocalDate, PolicyTerms> termsOn = d -> parameters.on(d).orElseThrow();
    long opened = PointsAccounts.openedOn(scheme).toEpochDay();
    ExpiredLots lots = lots(scheme.unit(), opened + 3, opened + 3, opened + 40, opened + 90);
    LocalDate on = LocalDate.ofEpochDay(opened + 900);
    Decision<PointsOutcome> actual = expireV1(scheme.unit(), on, lots, new Expiries.Terms(termsOn));
    Explanation expected =
        SimpleExpiries.expire(scheme.unit(), V1, on, lots, termsOn).explanation();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      // Each thread reads the steps itself: the first to ask makes them.
      List<Future<List<Step>>> reads = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        reads.add(pool.submit(() -> actual.explanation().steps()));
      }
      for (Future<List<Step>> read : reads) {
        assertThat(read.get()).isEqualTo(expected.steps());
      }
    } finally {
      pool.shutdown();
    }
    assertThat(actual.explanation().decisiveStep()).isEqualTo(expected.decisiveStep());
    assertThat(actual.explanation().toString()).isEqualTo(expected.toString());
    assertThat(actual.explanation().hashCode()).isEqualTo(expected.hashCode());
  }

  /** V1's expiry of lots on a date, in the transaction of the book's id for them. */
  private static Decision<PointsOutcome> expireV1(
      Unit unit, LocalDate on, ExpiredLots lots, Expiries.Terms terms) {
    return Expiries.expire(
        unit, V1, PointsAccounts.member(V1), on, EntryKeys.of("exp:" + on + ":V1"), lots, terms);
  }

  /** Lots credited on the days given (epoch days, in order), each of 1.00 to 4.00, a year long. */
  private static ExpiredLots lots(Unit unit, long... days) {
    long[] expires = new long[days.length];
    long[] amounts = new long[days.length];
    for (int i = 0; i < days.length; i++) {
      expires[i] = days[i] + 365;
      amounts[i] = 100 * (1 + i % 4);
    }
    return new ExpiredLots(unit, days.clone(), expires, amounts);
  }

  /**
   * A book's runs of the job on random dates, members joining between them: each run's decisions
   * are the simple rule's for each member with lots expired, in order of id, from the lots the
   * ledger's fold holds before the run; a second run for a date posts nothing and answers with the
   * same transactions.
   */
  private static void sameRuns(long seed) {
    Random random = new Random(seed);
    Scheme scheme = PointsFixtures.scheme(random.nextBoolean() ? "time-bank" : "hepingli");
    Ledger ledger = PointsFixtures.ledger(scheme);
    PointsBook book = PointsBook.open(scheme, ledger);
    PolicyParameters parameters = PolicyParameters.of(scheme);
    Function<LocalDate, PolicyTerms> termsOn = d -> parameters.on(d).orElseThrow();
    LocalDate day = PointsAccounts.openedOn(scheme);
    List<MemberId> members = new ArrayList<>();
    int record = 0;
    int decided = 0;
    for (int run = 0; run < 6; run++) {
      // Records of new and known members, then a run of the job some months on.
      int newMembers = run > 0 && random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(30);
      for (int i = 0; i < newMembers; i++) {
        members.add(MemberId.of("V" + Integer.toString(random.nextInt(1 << 20), 36) + "-" + run));
      }
      int records = 1 + random.nextInt(200);
      for (int i = 0; i < records; i++) {
        day = day.plusDays(random.nextInt(2));
        MemberId member = members.get(random.nextInt(members.size()));
        String hours = (1 + random.nextInt(3)) + "." + random.nextInt(10);
        book.accrue(record("R" + record++, member, day.toString(), hours));
      }
      LocalDate on = day.plusDays(150 + random.nextInt(800));
      if (on.isAfter(LocalDate.parse("2030-12-31"))) {
        break; // the ledger's today: it refuses what is dated after it
      }
      List<Decision<PointsOutcome>> expected = simpleRun(scheme, ledger, on, termsOn);
      List<Decision<PointsOutcome>> actual = book.expire(on);
      assertThat(actual).as("seed %d, run %d", seed, run).isEqualTo(expected);
      decided += actual.size();
      int size = ledger.entries().size();
      List<Decision<PointsOutcome>> again = book.expire(on);
      assertThat(ledger.entries()).hasSize(size);
      assertThat(again)
          .extracting(Decision::outcomeOrThrow)
          .isEqualTo(actual.stream().map(Decision::outcomeOrThrow).toList());
      // The ledger books in date order: the next records and run come after this one.
      day = on;
    }
    assertThat(decided).as("seed %d: the runs expired something", seed).isPositive();
  }

  /** The run of the simple rule over the ledger's fold, its members in order of id. */
  private static List<Decision<PointsOutcome>> simpleRun(
      Scheme scheme, Ledger ledger, LocalDate on, Function<LocalDate, PolicyTerms> termsOn) {
    MemberHistories histories = new MemberHistories(scheme.unit(), PolicyParameters.of(scheme));
    for (Entry entry : ledger.entries()) {
      if (entry instanceof Transaction tx) {
        histories.apply(tx);
      }
    }
    TreeMap<String, MemberId> byId = new TreeMap<>();
    for (Entry entry : ledger.entries()) {
      if (entry instanceof Account a) {
        PointsAccounts.memberOf(a.id()).ifPresent(m -> byId.put(m.value(), m));
      }
    }
    List<Decision<PointsOutcome>> decisions = new ArrayList<>();
    for (MemberId member : byId.values()) {
      MemberHistory history = histories.get(member);
      ExpiredLots lots = history == null ? null : history.expiredOn(on);
      if (lots != null && lots.size() > 0) {
        decisions.add(SimpleExpiries.expire(scheme.unit(), member, on, lots, termsOn));
      }
    }
    return decisions;
  }

  private static void sameExpiry(long seed) {
    Random random = new Random(seed);
    Scheme scheme = PointsFixtures.scheme(random.nextBoolean() ? "time-bank" : "hepingli");
    PolicyParameters parameters = PolicyParameters.of(scheme);
    long start = PointsAccounts.openedOn(scheme).toEpochDay() + random.nextInt(400);
    sameExpiry(random, scheme, new Expiries.Terms(d -> parameters.on(d).orElseThrow()), start);
  }

  /** Random lots from a day on expire as the simple rule decides, with a run's terms. */
  private static void sameExpiry(Random random, Scheme scheme, Expiries.Terms terms, long start) {
    PolicyParameters parameters = PolicyParameters.of(scheme);
    Unit unit = scheme.unit();
    int size = random.nextInt(13);
    long[] days = new long[size];
    long[] expires = new long[size];
    long[] amounts = new long[size];
    long day = start;
    for (int i = 0; i < size; i++) {
      day += random.nextInt(3) == 0 ? 0 : random.nextInt(90);
      days[i] = day;
      expires[i] = day + 300 + random.nextInt(100);
      amounts[i] = 1 + random.nextInt(random.nextBoolean() ? 1000 : 100_000_000);
    }
    ExpiredLots lots = new ExpiredLots(unit, days, expires, amounts);
    MemberId member = MemberId.of("V" + random.nextInt(100));
    LocalDate on = LocalDate.ofEpochDay(day + 400);
    Function<LocalDate, PolicyTerms> termsOn = d -> parameters.on(d).orElseThrow();
    Decision<PointsOutcome> expected = SimpleExpiries.expire(unit, member, on, lots, termsOn);
    Decision<PointsOutcome> actual =
        Expiries.expire(
            unit,
            member,
            PointsAccounts.member(member),
            on,
            EntryKeys.of("exp:" + on + ":" + member.value()),
            lots,
            terms);
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.explanation()).isEqualTo(expected.explanation());
    assertThat(actual.outcomeOrThrow().transaction().map(Transaction::memo))
        .isEqualTo(expected.outcomeOrThrow().transaction().map(Transaction::memo));
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      lines.add(SimpleExpiries.line(unit, lots, i));
    }
    assertThat(lots.toString()).isEqualTo(String.join("; ", lines));
  }
}
