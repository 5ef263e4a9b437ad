package org.communitygov.rules.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitygov.rules.points.PointsBookTest.V1;
import static org.communitygov.rules.points.PointsBookTest.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;
import org.communitygov.model.points.MemberId;
import org.communitygov.model.points.Scheme;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Step;
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
    long base = new Random().nextLong();
    return LongStream.range(0, 200)
        .mapToObj(i -> DynamicTest.dynamicTest("seed " + (base + i), () -> sameExpiry(base + i)));
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
