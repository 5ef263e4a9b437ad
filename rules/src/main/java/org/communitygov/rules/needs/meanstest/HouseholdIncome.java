package org.communitygov.rules.needs.meanstest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.communitygov.model.common.CurrencyMismatchException;
import org.communitygov.model.common.DateRange;
import org.communitygov.model.common.Money;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.IncomeItem;
import org.communitygov.model.household.PersonId;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.engine.StepTemplate;

/**
 * The per-capita monthly income of the counted members: items of counted members and of the
 * household as a whole that overlap the window of {@code mlg.income.lookbackMonths} before the
 * date, each prorated by the days it overlaps, excluded types left out (each shown), averaged per
 * month and divided by the counted members, rounded half up to the currency's minor unit (the fen).
 * A member who joined during the window brings all their income in it. An item in another currency
 * than the standard's is an error ({@code money.currencyMismatch}); an item below zero (a loss) is
 * counted as 0 with a step {@code mlg.income.negative} (ADR 0041).
 */
final class HouseholdIncome {
  private static final Step[] NONE = new Step[0];

  // Values: the type, the person (or "household"), the period, the amount, the parameter.
  private static final StepTemplate EXCLUDED =
      StepTemplate.builder("mlg.income.excluded")
          .fact("incomeType")
          .fact("person")
          .fact("period")
          .fact("amount", SensitiveCategory.FINANCIAL)
          .parameter()
          .build();

  // Values: the type, the person (or "household"), the period, the amount (below zero). ADR 0041.
  private static final StepTemplate NEGATIVE =
      StepTemplate.builder("mlg.income.negative")
          .fact("incomeType")
          .fact("person")
          .fact("period")
          .fact("amount", SensitiveCategory.FINANCIAL)
          .result(Fact.of("countedAs", "0.00"))
          .build();

  /**
   * The template of the income step, with the window of a context as a constant fact. Values: the
   * months, the items counted, the income in the window, the monthly income, the counted members,
   * the per-capita income.
   */
  static StepTemplate template(Fact window) {
    return StepTemplate.builder("mlg.income")
        .fact(window)
        .parameter()
        .fact("incomeItemsCounted")
        .fact("incomeInWindow", SensitiveCategory.FINANCIAL)
        .fact("monthlyIncome", SensitiveCategory.FINANCIAL)
        .fact("countedMembers")
        .result("perCapitaIncome", SensitiveCategory.FINANCIAL)
        .build();
  }

  final BigDecimal perCapita;

  /**
   * The steps of the excluded items and of negative items counted as 0, in item order; usually
   * none.
   */
  final Step[] excluded;

  /** The step computing the income. */
  final Step step;

  private HouseholdIncome(BigDecimal perCapita, Step[] excluded, Step step) {
    this.perCapita = perCapita;
    this.excluded = excluded;
    this.step = step;
  }

  static HouseholdIncome of(
      Household household, CountedMembers members, MeansTestParameters.Income p) {
    Step[] excluded = NONE;
    BigDecimal total = BigDecimal.ZERO;
    int items = 0;
    List<IncomeItem> income = household.income();
    for (int i = 0; i < income.size(); i++) {
      IncomeItem item = income.get(i);
      PersonId person = item.person().orElse(null);
      if (person != null && !members.counts(person)) {
        continue;
      }
      // The days the item shares with the window (an item's period always has an end).
      DateRange period = item.period();
      long start = period.start().toEpochDay();
      long end = period.endExclusive().orElseThrow().toEpochDay();
      long part = Math.min(end, p.windowEnd) - Math.max(start, p.windowStart);
      if (part <= 0) {
        continue;
      }
      Money amount = item.amount();
      if (!amount.currency().equals(MeansTestParameters.CURRENCY)) {
        // Never a sum of two currencies (ADR 0003, 0041).
        throw new CurrencyMismatchException(MeansTestParameters.CURRENCY, amount.currency());
      }
      if (p.excluded(item.type())) {
        excluded = Arrays.copyOf(excluded, excluded.length + 1);
        excluded[excluded.length - 1] =
            excludedItem(item, person == null ? "household" : person, p);
        continue;
      }
      if (amount.amount().signum() < 0) {
        // A loss is counted as 0, with a step that says so (ADR 0041).
        excluded = Arrays.copyOf(excluded, excluded.length + 1);
        excluded[excluded.length - 1] =
            NEGATIVE.step(
                item.type(), person == null ? "household" : person, item.period(), amount.amount());
        continue;
      }
      items++;
      total = total.add(prorated(amount.amount(), part, end - start));
    }
    total = total.setScale(MeansTestParameters.SCALE, RoundingMode.HALF_UP);
    BigDecimal monthly = p.monthly(total);
    int counted = members.size();
    // Divided by one member, the per-capita income is the monthly income.
    BigDecimal perCapita = counted <= 1 ? monthly : p.perCapita(total, counted);
    Step step = p.template.step(p.months, items, total, monthly, counted, perCapita);
    return new HouseholdIncome(perCapita, excluded, step);
  }

  private static BigDecimal prorated(BigDecimal amount, long part, long all) {
    return part == all
        ? amount
        : amount.multiply(days(part)).divide(days(all), 10, RoundingMode.HALF_UP);
  }

  // Day counts as numbers, made on first use: periods are rarely longer than a few years. The race
  // is benign (equal values).
  private static final BigDecimal[] DAYS = new BigDecimal[2048];

  private static BigDecimal days(long days) {
    if (days >= DAYS.length) {
      return BigDecimal.valueOf(days);
    }
    BigDecimal d = DAYS[(int) days];
    if (d == null) {
      d = BigDecimal.valueOf(days);
      DAYS[(int) days] = d;
    }
    return d;
  }

  private static Step excludedItem(IncomeItem item, Object person, MeansTestParameters.Income p) {
    return EXCLUDED.step(
        item.type(), person, item.period(), item.amount().amount(), p.excludedTypes);
  }
}
