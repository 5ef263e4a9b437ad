package org.communitygov.rules.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.Stream;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.EntryId;
import org.communitygov.model.ledger.Unit;
import org.communitygov.model.points.MemberId;
import org.communitygov.model.points.Scheme;
import org.communitygov.model.points.SchemePolicy;
import org.communitygov.rules.engine.Decision;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * For random records, terms and member facts (on fixed seeds, printed in every message), an accrual
 * decides as the simple accrual ({@link SimpleAccruals}) did: the same outcome, transaction, memo
 * and explanation (every step, fact, parameter and text, the decisive step), or the same exception.
 */
class AccrualsTest {
  static final int RECORDS = 3_000;

  static final String[] SCHEMES = {
    "time-bank", "haelin", "haelin-ratings", "fixed-expiry", "referral-cap", "hepingli"
  };

  static final String[] HOURS = {
    "0",
    "0.01",
    "0.5",
    "1",
    "1.25",
    "2",
    "2.00",
    "2.01",
    "3",
    "4",
    "4.00",
    "4.01",
    "8",
    "1.500",
    "12.75",
    "299",
    "300",
    "301",
    "1500",
    "1E+1",
    "1E+3",
    "123456789012.25",
    "0.10"
  };

  @TestFactory
  Stream<DynamicTest> anAccrualDecidesAsTheSimpleAccrualDid() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String name : SCHEMES) {
      for (long seed : new long[] {1, 20261203}) {
        tests.add(
            DynamicTest.dynamicTest(
                name + ", seed " + seed, () -> decidesAsTheSimpleAccrual(name, seed)));
      }
    }
    return tests.stream();
  }

  private static void decidesAsTheSimpleAccrual(String name, long seed) {
    Scheme scheme = PointsFixtures.scheme(name);
    PolicyParameters parameters = PolicyParameters.of(scheme);
    Unit unit = scheme.unit();
    Random random = new Random(seed);
    List<LocalDate> dates = new ArrayList<>();
    for (SchemePolicy policy : scheme.policies()) {
      dates.add(policy.effectiveFrom());
      dates.add(policy.effectiveFrom().plusDays(40));
    }
    AccrualScratch scratch = new AccrualScratch();
    for (int i = 0; i < RECORDS; i++) {
      String context = name + ", seed " + seed + ", record " + i;
      LocalDate date = dates.get(random.nextInt(dates.size()));
      PolicyTerms terms = parameters.on(date).orElseThrow();
      ServiceRecordInput record = record(random, i, date);
      MemberFacts facts =
          new MemberFacts(amount(random, unit), amount(random, unit), Optional.empty());
      EntryId id = EntryKeys.of("acc:" + record.record());
      AccountId account = PointsAccounts.member(record.member());
      Object expected = decide(() -> SimpleAccruals.accrue(terms, record, facts, id, account));
      // Every other record by the book's path: one scratch for all their memos and transactions.
      boolean fresh = i % 2 == 0;
      Object actual =
          decide(
              () ->
                  fresh
                      ? Accruals.accrue(terms, record, facts, id, account)
                      : Accruals.accrue(terms, record, facts, id, account, scratch));
      assertThat(actual).as(context).isEqualTo(expected);
      if (expected instanceof Decision<?> d && actual instanceof Decision<?> a) {
        assertThat(a.explanation().toString()).as(context).isEqualTo(d.explanation().toString());
        assertThat(a.explanation().decisiveStep())
            .as(context)
            .isEqualTo(d.explanation().decisiveStep());
        assertThat(a.explanation().parameters())
            .as(context)
            .isEqualTo(d.explanation().parameters());
        assertThat(a.toString()).as(context).isEqualTo(d.toString());
      }
    }
  }

  /** The decision, or the exception's class and message. */
  private static Object decide(java.util.function.Supplier<Decision<PointsOutcome>> decision) {
    try {
      return decision.get();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  private static ServiceRecordInput record(Random random, int i, LocalDate date) {
    return new ServiceRecordInput(
        "R" + i,
        "A" + (i / 3),
        MemberId.of("V" + random.nextInt(20)),
        date,
        new BigDecimal(HOURS[random.nextInt(HOURS.length)]),
        "ORG" + random.nextInt(4),
        Evaluation.values()[random.nextInt(Evaluation.values().length)],
        random.nextInt(4) == 0,
        random.nextBoolean() ? OptionalInt.empty() : OptionalInt.of(1 + random.nextInt(5)));
  }

  /** An amount around the caps: none, a little, up to twice the storage cap of the fixtures. */
  private static Amount amount(Random random, Unit unit) {
    long step = (long) Math.pow(10, unit.scale());
    return switch (random.nextInt(4)) {
      case 0 -> Amount.zero(unit);
      case 1 -> Amount.ofMinor(unit, random.nextInt(10 * (int) step));
      case 2 -> Amount.ofMinor(unit, (295 + random.nextInt(10)) * step + random.nextInt(2));
      default -> Amount.ofMinor(unit, random.nextInt(3_000) * step);
    };
  }

  @Test
  void anAccrualsExplanationIsMadeWhenReadAndEqualsTheSimpleOne() {
    Scheme scheme = PointsFixtures.scheme("time-bank");
    PolicyTerms terms = PolicyParameters.of(scheme).on(LocalDate.of(2025, 3, 7)).orElseThrow();
    ServiceRecordInput record = PointsBookTest.record("R1", PointsBookTest.V1, "2025-03-07", "5");
    MemberFacts facts =
        new MemberFacts(
            Amount.ofMinor(Unit.HOUR, 149_900), Amount.zero(Unit.HOUR), Optional.empty());
    EntryId id = EntryId.of("acc:R1");
    AccountId account = PointsAccounts.member(PointsBookTest.V1);

    Decision<PointsOutcome> d = Accruals.accrue(terms, record, facts, id, account);
    Decision<PointsOutcome> simple = SimpleAccruals.accrue(terms, record, facts, id, account);

    assertThat(d.explanation().steps()).isEqualTo(simple.explanation().steps()).hasSize(5);
    // Made once: the steps read again are the same instances, the decisive one among them.
    assertThat(d.explanation().steps().get(4)).isSameAs(d.explanation().steps().get(4));
    assertThat(d.explanation().decisiveStep().orElseThrow())
        .isSameAs(d.explanation().steps().get(4));
    assertThat(d.outcomeOrThrow().transaction().orElseThrow().memo())
        .isEqualTo("服务记录 R1（2025-03-07，5 小时）记入 1.00，转入捐赠 4.00；政策 2025-01-01 起");
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 20261203})
  void anAccrualsMemoReadsAsTheMemoMadeOfStrings(long seed) {
    LocalDate day = LocalDate.of(2025, 1, 1).plusDays(seed % 300);
    PolicyTerms terms =
        PolicyParameters.of(PointsFixtures.scheme("time-bank")).on(day).orElseThrow();
    Random random = new Random(seed);
    AccrualScratch scratch = new AccrualScratch();
    String[] hours = {
      "0",
      "1",
      "1.5",
      "1.50",
      "1.500",
      "0.01",
      "12345678901234.56",
      "1E+2",
      "7",
      "0.05",
      "2.25",
      "10.07"
    };
    // scales 2, 0, 0 and 3: the memo's numbers by one concatenation (scales 0 to 2) or by the
    // builder
    Unit[] units = {
      Unit.HOUR,
      Unit.POINT,
      Unit.of(Currency.getInstance("JPY")),
      Unit.of(Currency.getInstance("KWD"))
    };
    for (int i = 0; i < 2_000; i++) {
      ServiceRecordInput record =
          new ServiceRecordInput(
              "R" + random.nextInt(1 << 20) + "-" + "x".repeat(random.nextInt(40)),
              "A1",
              MemberId.of("V1"),
              random.nextBoolean() ? day : LocalDate.of(2025, 6, 1),
              new BigDecimal(hours[random.nextInt(hours.length)]),
              "O1",
              Evaluation.NONE,
              false);
      Unit unit = units[random.nextInt(units.length)];
      long bound = random.nextBoolean() ? Amount.MAX_MINOR : 1_000;
      Amount value = Amount.ofMinor(unit, random.nextLong() % bound);
      Amount donated =
          random.nextBoolean()
              ? Amount.zero(unit)
              : Amount.ofMinor(unit, random.nextLong() % bound);
      String expected =
          "服务记录 "
              + record.record()
              + "（"
              + record.date()
              + "，"
              + record.hours().toPlainString()
              + " 小时）记入 "
              + value.decimalText()
              + (donated.isZero() ? "" : "，转入捐赠 " + donated.decimalText())
              + "；政策 "
              + terms.policy().effectiveFrom()
              + " 起";
      assertThat(Accruals.memo(terms, record, value, donated))
          .as("seed %d, record %d", seed, i)
          .isEqualTo(expected);
      scratch.memo().append("left from before");
      assertThat(Accruals.memo(scratch.memo(), terms, record, value, donated))
          .as("seed %d, record %d, in the scratch builder", seed, i)
          .isEqualTo(expected);
    }
  }
}
