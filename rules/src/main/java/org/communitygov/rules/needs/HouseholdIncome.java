package org.communitygov.rules.needs;

import static org.communitygov.rules.needs.MlgParameters.INCOME_EXCLUDED_TYPES;
import static org.communitygov.rules.needs.MlgParameters.INCOME_LOOKBACK_MONTHS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communitygov.model.common.DateRange;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.IncomeItem;
import org.communitygov.model.household.IncomeType;
import org.communitygov.rules.common.Fact;
import org.communitygov.rules.common.ResolvedParameter;
import org.communitygov.rules.common.RuleContext;
import org.communitygov.rules.common.Step;

/**
 * The per-capita monthly income of the counted members: items of counted members and of the
 * household as a whole that overlap the window of {@code mlg.income.lookbackMonths} before the
 * date, each prorated by the days it overlaps, excluded types left out (each shown), averaged per
 * month and divided by the counted members, rounded half up to the fen. A member who joined during
 * the window brings all their income in it.
 */
final class HouseholdIncome {
  final BigDecimal perCapita;
  final List<Step> steps;

  private HouseholdIncome(BigDecimal perCapita, List<Step> steps) {
    this.perCapita = perCapita;
    this.steps = steps;
  }

  /** The income parameters of a context, with the window they give: made once per context. */
  static final class Parameters {
    final ResolvedParameter<Integer> months;
    final ResolvedParameter<String> excludedTypes;
    final Set<IncomeType> excluded;
    final DateRange window;
    final Fact windowFact;

    Parameters(RuleContext context) {
      months = context.resolve(INCOME_LOOKBACK_MONTHS);
      excludedTypes = context.resolve(INCOME_EXCLUDED_TYPES);
      excluded = IncomeTypes.excluded(excludedTypes);
      LocalDate date = context.date();
      window = DateRange.of(date.minusMonths(months.value()), date);
      windowFact = Fact.of("incomeWindow", window);
    }
  }

  static HouseholdIncome of(Household household, CountedMembers members, RuleContext context) {
    Parameters p = context.shared(Parameters.class, Parameters::new);
    ResolvedParameter<Integer> months = p.months;
    ResolvedParameter<String> excludedTypes = p.excludedTypes;
    Set<IncomeType> excluded = p.excluded;
    DateRange window = p.window;
    List<Step> steps = new ArrayList<>(2);
    BigDecimal total = BigDecimal.ZERO;
    int items = 0;
    for (IncomeItem item : household.income()) {
      if (item.person().isPresent() && !members.counted.contains(item.person().get())) {
        continue;
      }
      Optional<DateRange> overlap = item.period().intersection(window);
      if (overlap.isEmpty()) {
        continue;
      }
      if (excluded.contains(item.type())) {
        steps.add(excludedItem(item, excludedTypes));
        continue;
      }
      items++;
      total = total.add(prorated(item, overlap.get()));
    }
    total = total.setScale(2, RoundingMode.HALF_UP);
    BigDecimal monthly = total.divide(BigDecimal.valueOf(months.value()), 2, RoundingMode.HALF_UP);
    BigDecimal perCapita =
        members.size() == 0
            ? monthly
            : total.divide(
                BigDecimal.valueOf((long) months.value() * members.size()),
                2,
                RoundingMode.HALF_UP);
    steps.add(
        Step.builder("mlg.income")
            .fact(p.windowFact)
            .parameter(months)
            .fact(SharedFacts.of(SharedFacts.INCOME_ITEMS_COUNTED, items))
            .fact(Fact.sensitive("incomeInWindow", total, SensitiveCategory.FINANCIAL))
            .fact(Fact.sensitive("monthlyIncome", monthly, SensitiveCategory.FINANCIAL))
            .fact(SharedFacts.of(SharedFacts.COUNTED_MEMBERS, members.size()))
            .result(Fact.sensitive("perCapitaIncome", perCapita, SensitiveCategory.FINANCIAL))
            .build());
    return new HouseholdIncome(perCapita, List.copyOf(steps));
  }

  private static BigDecimal prorated(IncomeItem item, DateRange overlap) {
    BigDecimal amount = item.amount().amount();
    long all = days(item.period());
    long part = days(overlap);
    return part == all
        ? amount
        : amount
            .multiply(BigDecimal.valueOf(part))
            .divide(BigDecimal.valueOf(all), 10, RoundingMode.HALF_UP);
  }

  private static long days(DateRange range) {
    return ChronoUnit.DAYS.between(range.start(), range.endExclusive().orElseThrow());
  }

  private static Step excludedItem(IncomeItem item, ResolvedParameter<String> excludedTypes) {
    return Step.builder("mlg.income.excluded")
        .fact(Fact.of("incomeType", item.type()))
        .fact(Fact.of("person", item.person().map(Object::toString).orElse("household")))
        .fact(Fact.of("period", item.period()))
        .fact(Fact.sensitive("amount", item.amount().amount(), SensitiveCategory.FINANCIAL))
        .parameter(excludedTypes)
        .build();
  }
}
