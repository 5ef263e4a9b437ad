package org.communitygov.rules.needs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.communitygov.model.common.DateRange;
import org.communitygov.model.household.IncomeType;
import org.communitygov.rules.common.Fact;
import org.communitygov.rules.common.ResolvedParameter;
import org.communitygov.rules.common.RuleContext;
import org.communitygov.rules.common.StepTemplate;

/**
 * The parameters of the 低保 and 低保边缘 means tests in one context, resolved and checked once, with
 * every value derived from them (the income window, divisors, the asset limit, the near-poor
 * threshold, the rounding), so that no household resolves, parses or multiplies a parameter again.
 *
 * <p>Parameters every household uses are resolved when the context first needs them; those that
 * depend on the area (the standard) or on the outcome (rounding, near-poor multiple) on first use,
 * as before, so that a place without a rural standard still tests urban households. The lazily set
 * fields race benignly: every thread makes equal values from the same context.
 */
final class MeansTestParameters {
  /** Divisors kept for counted-member counts below this. */
  private static final int DIVISORS = 11;

  private final RuleContext context;
  final LocalDate date;

  /** Members born on or before this day are 18 or older on the date. */
  final LocalDate adultsBornBy;

  final ResolvedParameter<Integer> months;
  final ResolvedParameter<String> excludedTypes;
  private final Set<IncomeType> excluded;
  final long windowStart;
  final long windowEnd;
  final StepTemplate incomeTemplate;
  private final BigDecimal monthsDivisor;
  // months × counted members, by count
  private final BigDecimal[] incomeDivisors = new BigDecimal[DIVISORS];
  final ResolvedParameter<Integer> financialMonths;
  final ResolvedParameter<BigDecimal> maxVehicle;
  final ResolvedParameter<Integer> maxDwellings;
  final int maxDwellingsValue;
  private final Standard[] standards = new Standard[Area.values().length];
  private BenefitRounding rounding;
  private ResolvedParameter<String> roundingParameter;

  private MeansTestParameters(RuleContext context) {
    this.context = context;
    months = context.resolve(MlgParameters.INCOME_LOOKBACK_MONTHS);
    excludedTypes = context.resolve(MlgParameters.INCOME_EXCLUDED_TYPES);
    Set<IncomeType> types = EnumSet.noneOf(IncomeType.class);
    types.addAll(IncomeTypes.excluded(excludedTypes));
    excluded = types;
    date = context.date();
    adultsBornBy = date.minusYears(18);
    DateRange window = DateRange.of(date.minusMonths(months.value()), date);
    windowStart = window.start().toEpochDay();
    windowEnd = date.toEpochDay();
    incomeTemplate = HouseholdIncome.template(Fact.of("incomeWindow", window));
    monthsDivisor = BigDecimal.valueOf(months.value());
    for (int i = 1; i < DIVISORS; i++) {
      incomeDivisors[i] = BigDecimal.valueOf((long) months.value() * i);
    }
    financialMonths = context.resolve(MlgParameters.FINANCIAL_ASSETS_MONTHS);
    maxVehicle = context.resolve(MlgParameters.MAX_VEHICLE_VALUE);
    maxDwellings = context.resolve(MlgParameters.MAX_DWELLINGS);
    maxDwellingsValue = maxDwellings.value();
  }

  /** The parameters of a context: made once per context. */
  static MeansTestParameters of(RuleContext context) {
    return context.shared(MeansTestParameters.class, MeansTestParameters::new);
  }

  /** Whether income of a type is left out. */
  boolean excluded(IncomeType type) {
    return excluded.contains(type);
  }

  /** The total income in the window divided by the months: the monthly income, to the fen. */
  BigDecimal monthly(BigDecimal total) {
    return total.divide(monthsDivisor, 2, RoundingMode.HALF_UP);
  }

  /** The monthly income per counted member (at least one), to the fen. */
  BigDecimal perCapita(BigDecimal total, int members) {
    BigDecimal divisor =
        members < DIVISORS
            ? incomeDivisors[members]
            : BigDecimal.valueOf((long) months.value() * members);
    return total.divide(divisor, 2, RoundingMode.HALF_UP);
  }

  /**
   * The standard of an area, with what derives from it.
   *
   * @throws org.communitygov.rules.common.MissingParameterException if the place has none
   */
  Standard standard(Area area) {
    Standard s = standards[area.ordinal()];
    if (s == null) {
      s = new Standard(context.resolve(MlgParameters.standard(area)), financialMonths);
      standards[area.ordinal()] = s;
    }
    return s;
  }

  /** The rounding of the benefit (resolved on first use: only eligible households need it). */
  BenefitRounding rounding() {
    BenefitRounding r = rounding;
    if (r == null) {
      ResolvedParameter<String> p = roundingParameter();
      r = ElderAbilityParameters.code(p, BenefitRounding.class);
      rounding = r;
    }
    return r;
  }

  /** The parameter of the rounding. */
  ResolvedParameter<String> roundingParameter() {
    ResolvedParameter<String> p = roundingParameter;
    if (p == null) {
      p = context.resolve(MlgParameters.BENEFIT_ROUNDING);
      roundingParameter = p;
    }
    return p;
  }

  /** An area's standard and the values derived from it; immutable. */
  static final class Standard {
    final ResolvedParameter<BigDecimal> parameter;
    final BigDecimal value;
    final BigDecimal assetLimit;
    private NearPoor nearPoor;

    private Standard(
        ResolvedParameter<BigDecimal> parameter, ResolvedParameter<Integer> financialMonths) {
      this.parameter = parameter;
      this.value = parameter.value();
      this.assetLimit = value.multiply(BigDecimal.valueOf(financialMonths.value()));
    }

    /** The near-poor threshold of this standard, resolved on first use. */
    NearPoor nearPoor(RuleContext context) {
      NearPoor n = nearPoor;
      if (n == null) {
        n = new NearPoor(context.resolve(MlgParameters.NEAR_POOR_INCOME_MULTIPLE), value);
        nearPoor = n;
      }
      return n;
    }
  }

  /** The 低保边缘 multiple and the threshold it gives a standard; immutable. */
  static final class NearPoor {
    final ResolvedParameter<BigDecimal> multiple;
    final BigDecimal threshold;

    private NearPoor(ResolvedParameter<BigDecimal> multiple, BigDecimal standard) {
      this.multiple = multiple;
      this.threshold = standard.multiply(multiple.value()).setScale(2, RoundingMode.HALF_UP);
    }
  }
}
