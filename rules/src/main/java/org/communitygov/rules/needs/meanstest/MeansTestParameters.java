package org.communitygov.rules.needs.meanstest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Set;
import org.communitygov.model.common.DateRange;
import org.communitygov.model.common.Money;
import org.communitygov.model.household.IncomeType;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.StepTemplate;
import org.communitygov.rules.needs.shared.CodeParameters;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of the 低保 and 低保边缘 means tests in one context, resolved and checked once, with
 * every value derived from them (the income window, divisors, the asset limit, the near-MLG
 * threshold, the rounding), so that no household resolves, parses or multiplies a parameter again.
 *
 * <p>Each group is resolved on first use, in the order the rules first need it (standard, income,
 * property, then rounding or near-MLG multiple), so that a missing or invalid parameter fails as
 * and when it did when the rules resolved on every call, and a place without a rural standard still
 * tests urban households. A group that cannot be made is not kept: it fails every time. The lazily
 * set fields race benignly: every thread makes equal values from the same context.
 */
final class MeansTestParameters {
  /**
   * The currency of the standards (their unit, CNY/person/month): income and property in another
   * currency are an error, never summed.
   */
  static final Currency CURRENCY = Money.CNY;

  /** Amounts are rounded to the minor unit of the currency (the fen). */
  static final int SCALE = CURRENCY.getDefaultFractionDigits();

  /** Divisors kept for counted-member counts below this. */
  private static final int DIVISORS = 11;

  private final RuleContext context;
  final LocalDate date;

  /** The age of majority ({@code mlg.members.adultAge}), shown on the members step. */
  final ResolvedParameter<Integer> adultAge;

  /** Members born on or before this day are of age on the date. */
  final LocalDate adultsBornBy;

  private final @Nullable Standard[] standards = new Standard[Area.values().length];
  private @Nullable Income income;
  private @Nullable Property property;
  private @Nullable BenefitRounding rounding;
  private @Nullable ResolvedParameter<String> roundingParameter;

  private MeansTestParameters(RuleContext context) {
    this.context = context;
    date = context.date();
    adultAge = context.resolve(MlgParameters.ADULT_AGE);
    adultsBornBy = date.minusYears(adultAge.value());
  }

  /** The parameters of a context: made once per context. */
  static MeansTestParameters of(RuleContext context) {
    return context.shared(MeansTestParameters.class, MeansTestParameters::new);
  }

  /** The income parameters, resolved on first use. */
  Income income() {
    Income i = income;
    if (i == null) {
      i = new Income(context);
      income = i;
    }
    return i;
  }

  /** The property parameters, resolved on first use. */
  Property property() {
    Property p = property;
    if (p == null) {
      p = new Property(context);
      property = p;
    }
    return p;
  }

  /**
   * The standard of an area, with what derives from it.
   *
   * @throws org.communitygov.rules.engine.MissingParameterException if the place has none
   */
  Standard standard(Area area) {
    Standard s = standards[area.ordinal()];
    if (s == null) {
      s = new Standard(context.resolve(MlgParameters.standard(area)));
      standards[area.ordinal()] = s;
    }
    return s;
  }

  /** The rounding of the benefit (resolved on first use: only eligible households need it). */
  BenefitRounding rounding() {
    BenefitRounding r = rounding;
    if (r == null) {
      ResolvedParameter<String> p = roundingParameter();
      r = CodeParameters.read(p, BenefitRounding.class);
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

  /** The income parameters: the window, the excluded types, the divisors; immutable. */
  static final class Income {
    final ResolvedParameter<Integer> months;
    final ResolvedParameter<String> excludedTypes;
    private final Set<IncomeType> excluded;
    final long windowStart;
    final long windowEnd;
    final StepTemplate template;
    private final BigDecimal monthsDivisor;
    // months × counted members, by count
    private final BigDecimal[] divisors = new BigDecimal[DIVISORS];

    private Income(RuleContext context) {
      months = context.resolve(MlgParameters.INCOME_LOOKBACK_MONTHS);
      excludedTypes = context.resolve(MlgParameters.INCOME_EXCLUDED_TYPES);
      excluded = IncomeTypes.excluded(excludedTypes);
      LocalDate date = context.date();
      DateRange window = DateRange.of(date.minusMonths(months.value()), date);
      windowStart = window.start().toEpochDay();
      windowEnd = date.toEpochDay();
      template = HouseholdIncome.template(Fact.of("incomeWindow", window));
      monthsDivisor = BigDecimal.valueOf(months.value());
      for (int i = 1; i < DIVISORS; i++) {
        divisors[i] = BigDecimal.valueOf((long) months.value() * i);
      }
    }

    /** Whether income of a type is left out. */
    boolean excluded(IncomeType type) {
      return excluded.contains(type);
    }

    /** The total income in the window divided by the months: the monthly income, to the fen. */
    BigDecimal monthly(BigDecimal total) {
      return total.divide(monthsDivisor, SCALE, RoundingMode.HALF_UP);
    }

    /** The monthly income per counted member (at least one), to the fen. */
    BigDecimal perCapita(BigDecimal total, int members) {
      BigDecimal divisor =
          members < DIVISORS
              ? divisors[members]
              : BigDecimal.valueOf((long) months.value() * members);
      return total.divide(divisor, SCALE, RoundingMode.HALF_UP);
    }
  }

  /** The property parameters; immutable. */
  static final class Property {
    final ResolvedParameter<Integer> financialMonths;
    final ResolvedParameter<BigDecimal> maxVehicle;
    final ResolvedParameter<Integer> maxDwellings;
    final int maxDwellingsValue;

    private Property(RuleContext context) {
      financialMonths = context.resolve(MlgParameters.FINANCIAL_ASSETS_MONTHS);
      maxVehicle = context.resolve(MlgParameters.MAX_VEHICLE_VALUE);
      maxDwellings = context.resolve(MlgParameters.MAX_DWELLINGS);
      maxDwellingsValue = maxDwellings.value();
    }
  }

  /** An area's standard and the values derived from it. */
  static final class Standard {
    final ResolvedParameter<BigDecimal> parameter;
    final BigDecimal value;
    private @Nullable BigDecimal assetLimit;
    private @Nullable NearMlg nearPoor;

    private Standard(ResolvedParameter<BigDecimal> parameter) {
      this.parameter = parameter;
      this.value = parameter.value();
    }

    /** The limit of financial assets per counted member: this standard times the months. */
    BigDecimal assetLimit(Property property) {
      BigDecimal limit = assetLimit;
      if (limit == null) {
        limit = value.multiply(BigDecimal.valueOf(property.financialMonths.value()));
        assetLimit = limit;
      }
      return limit;
    }

    /** The near-MLG threshold of this standard, resolved on first use. */
    NearMlg nearMlg(RuleContext context) {
      NearMlg n = nearPoor;
      if (n == null) {
        n = new NearMlg(context.resolve(MlgParameters.NEAR_MLG_INCOME_MULTIPLE), value);
        nearPoor = n;
      }
      return n;
    }
  }

  /** The 低保边缘 multiple and the threshold it gives a standard; immutable. */
  static final class NearMlg {
    final ResolvedParameter<BigDecimal> multiple;
    final BigDecimal threshold;

    private NearMlg(ResolvedParameter<BigDecimal> multiple, BigDecimal standard) {
      this.multiple = multiple;
      this.threshold = standard.multiply(multiple.value()).setScale(SCALE, RoundingMode.HALF_UP);
    }
  }
}
