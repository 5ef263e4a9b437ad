package org.communitygov.rules.needs.meanstest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.communitygov.model.common.CurrencyMismatchException;
import org.communitygov.model.common.DateRange;
import org.communitygov.model.common.Money;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.IncomeItem;
import org.communitygov.model.household.IncomeType;
import org.communitygov.model.household.PersonId;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.ParameterId;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.engine.StepTemplate;

/**
 * The household's income over the window of {@code mlg.income.lookbackMonths} before the date: each
 * item of a counted member (or of the household) prorated by the days it shares with the window,
 * excluded types left out and losses counted as 0, each with a step (ADR 0041); then the monthly
 * and the per-capita income, to the fen. All in the currency of the standards: an item in another
 * is a {@link CurrencyMismatchException}, never a sum.
 */
final class HouseholdIncome {
  private static final StepTemplate EXCLUDED =
      StepTemplate.builder("mlg.income.excluded")
          .fact("incomeType")
          .fact("person")
          .fact("period")
          .fact("amount", SensitiveCategory.FINANCIAL)
          .parameter("excludedTypes")
          .build();

  private static final StepTemplate NEGATIVE =
      StepTemplate.builder("mlg.income.negative")
          .fact("incomeType")
          .fact("person")
          .fact("period")
          .fact("amount", SensitiveCategory.FINANCIAL)
          .result(Fact.of("countedAs", "0.00"))
          .build();

  private static final StepTemplate INCOME =
      StepTemplate.builder("mlg.income")
          .fact("incomeWindow")
          .parameter("months")
          .fact("incomeItemsCounted")
          .fact("incomeInWindow", SensitiveCategory.FINANCIAL)
          .fact("monthlyIncome", SensitiveCategory.FINANCIAL)
          .fact("countedMembers")
          .result("perCapitaIncome", SensitiveCategory.FINANCIAL)
          .build();

  /** The window and the income types left out. */
  static final class Parameters {
    final ResolvedParameter<Integer> months;
    final ResolvedParameter<String> excludedTypes;
    final Set<IncomeType> excluded;
    final DateRange window;

    Parameters(
        @ParameterId("mlg.income.lookbackMonths") ResolvedParameter<Integer> months,
        @ParameterId("mlg.income.excludedTypes") ResolvedParameter<String> excludedTypes,
        RuleContext context) {
      this.months = months;
      this.excludedTypes = excludedTypes;
      this.excluded = IncomeTypes.excluded(excludedTypes);
      LocalDate date = context.date();
      this.window = DateRange.of(date.minusMonths(months.value()), date);
    }
  }

  /** The monthly income per counted member. */
  final Money perCapita;

  /** The steps of the excluded items and of losses counted as 0, in item order; usually none. */
  final List<Step> excluded;

  /** The step computing the income. */
  final Step step;

  private HouseholdIncome(Money perCapita, List<Step> excluded, Step step) {
    this.perCapita = perCapita;
    this.excluded = excluded;
    this.step = step;
  }

  static HouseholdIncome of(Household household, CountedMembers members, RuleContext context) {
    Parameters p = context.parameters(Parameters.class);
    long windowStart = p.window.start().toEpochDay();
    long windowEnd = context.date().toEpochDay();
    List<Step> excluded = List.of();
    // The prorated amounts, rounded once at the end: in ten-billionths of a yuan while the sum
    // fits a long (it always does for household incomes), else as a BigDecimal of the same value.
    long units = 0;
    BigDecimal exact = null;
    int items = 0;
    List<IncomeItem> income = household.income();
    for (int i = 0; i < income.size(); i++) { // by index: no iterator per household
      IncomeItem item = income.get(i);
      PersonId person = item.person().orElse(null);
      if (person != null && !members.counts(person)) {
        continue;
      }
      // The days the item shares with the window (an item's period always has an end).
      long start = item.period().start().toEpochDay();
      long end = item.period().endExclusive().orElseThrow().toEpochDay();
      long part = Math.min(end, windowEnd) - Math.max(start, windowStart);
      if (part <= 0) {
        continue;
      }
      Money amount = item.amount();
      MlgParameters.requireCurrency(amount);
      Step left = null;
      if (p.excluded.contains(item.type())) {
        left = itemStep(EXCLUDED, item, person).with("excludedTypes", p.excludedTypes).step();
      } else if (amount.isNegative()) {
        left = itemStep(NEGATIVE, item, person).step(); // a loss counts as 0 (ADR 0041)
      }
      if (left != null) {
        if (excluded.isEmpty()) {
          excluded = new ArrayList<>(2);
        }
        excluded.add(left);
        continue;
      }
      items++;
      if (exact == null) {
        try {
          units = Math.addExact(units, Fen.prorated(Fen.of(amount), part, end - start));
          continue;
        } catch (ArithmeticException tooLarge) {
          exact = BigDecimal.valueOf(units, Fen.PRORATED_SCALE);
        }
      }
      exact = exact.add(prorated(amount.amount(), part, end - start));
    }
    int months = p.months.value();
    int counted = members.size();
    Money total;
    Money monthly;
    Money perCapita;
    if (exact == null) {
      // In fen, with the same rounding as Money.dividedBy.
      long totalFen = Fen.halfUp(units, Fen.PRORATED_PER_FEN);
      total = Fen.money(totalFen);
      monthly = Fen.money(Fen.halfUp(totalFen, months));
      perCapita = counted <= 1 ? monthly : Fen.money(Fen.halfUp(totalFen, (long) months * counted));
    } else {
      total = Money.of(MlgParameters.CURRENCY, exact, RoundingMode.HALF_UP);
      monthly = total.dividedBy(months, RoundingMode.HALF_UP);
      // Divided by one member, the per-capita income is the monthly income.
      perCapita =
          counted <= 1 ? monthly : total.dividedBy((long) months * counted, RoundingMode.HALF_UP);
    }
    Step step =
        INCOME
            .with("incomeWindow", p.window)
            .with("months", p.months)
            .with("incomeItemsCounted", items)
            .with("incomeInWindow", total)
            .with("monthlyIncome", monthly)
            .with("countedMembers", counted)
            .with("perCapitaIncome", perCapita)
            .step();
    return new HouseholdIncome(perCapita, excluded, step);
  }

  private static org.communitygov.rules.engine.StepValues itemStep(
      StepTemplate template, IncomeItem item, @org.jspecify.annotations.Nullable Object person) {
    return template
        .with("incomeType", item.type())
        .with("person", person == null ? "household" : person)
        .with("period", item.period())
        .with("amount", item.amount());
  }

  private static BigDecimal prorated(BigDecimal amount, long part, long all) {
    return part == all
        ? amount
        : amount
            .multiply(BigDecimal.valueOf(part))
            .divide(BigDecimal.valueOf(all), Fen.PRORATED_SCALE, RoundingMode.HALF_UP);
  }
}
