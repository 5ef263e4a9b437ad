package org.communitygov.rules.needs.meanstest;

import java.math.BigDecimal;
import java.util.Currency;
import org.communitygov.model.common.CurrencyMismatchException;
import org.communitygov.model.common.Money;
import org.communitygov.rules.engine.ParameterKey;

/**
 * The parameters of the 低保 and 低保边缘 means tests, shipped in {@code
 * org/communitygov/rules/parameters/mlg.json}. There is no national standard: a place without its
 * own cannot be means-tested until its standard is added.
 *
 * @since 0.1.0
 */
public final class MlgParameters {
  /** 城市低保标准, money per person and month (CNY), per place. */
  public static final ParameterKey<Money> STANDARD_URBAN = ParameterKey.money("mlg.standard.urban");

  /** 农村低保标准, money per person and month (CNY), per place. */
  public static final ParameterKey<Money> STANDARD_RURAL = ParameterKey.money("mlg.standard.rural");

  /** 低保边缘: per-capita income below this multiple of the standard (1.5, partly confirmed). */
  public static final ParameterKey<BigDecimal> NEAR_MLG_INCOME_MULTIPLE =
      ParameterKey.decimal("mlg.nearMlg.incomeMultiple");

  /**
   * The old spelling of {@link #NEAR_MLG_INCOME_MULTIPLE}.
   *
   * @deprecated the glossary spells it near-MLG; use {@link #NEAR_MLG_INCOME_MULTIPLE}
   */
  @Deprecated(since = "0.1.0", forRemoval = true)
  public static final ParameterKey<BigDecimal> NEAR_POOR_INCOME_MULTIPLE = NEAR_MLG_INCOME_MULTIPLE;

  /** Months of income before the date that are averaged (national 12, unconfirmed). */
  public static final ParameterKey<Integer> INCOME_LOOKBACK_MONTHS =
      ParameterKey.integer("mlg.income.lookbackMonths");

  /** Income types not counted, as comma-separated {@code IncomeType} codes (partly confirmed). */
  public static final ParameterKey<String> INCOME_EXCLUDED_TYPES =
      ParameterKey.code("mlg.income.excludedTypes");

  /** Deposits and securities per counted member at most this many months of the standard (U). */
  public static final ParameterKey<Integer> FINANCIAL_ASSETS_MONTHS =
      ParameterKey.integer("mlg.property.financialAssetsMonths");

  /** No motor vehicle worth more than this (national 0.00 CNY: none, unconfirmed). */
  public static final ParameterKey<Money> MAX_VEHICLE_VALUE =
      ParameterKey.money("mlg.property.maxVehicleValue");

  /** At most this many dwellings (national 1, unconfirmed). */
  public static final ParameterKey<Integer> MAX_DWELLINGS =
      ParameterKey.integer("mlg.property.maxDwellings");

  /** How the monthly benefit is rounded: a {@link BenefitRounding} code (unconfirmed). */
  public static final ParameterKey<String> BENEFIT_ROUNDING =
      ParameterKey.code("mlg.benefit.rounding");

  /**
   * The age of majority: a child of this age or more is an adult child, counted only if dependent
   * (《民法典》第十七条: 18).
   */
  public static final ParameterKey<Integer> ADULT_AGE =
      ParameterKey.integer("mlg.members.adultAge");

  /**
   * The currency of the means test (the standards' unit, CNY/person/month): income, property and
   * standards in another currency are an error, never summed or compared (ADR 0041, 0071).
   */
  static final Currency CURRENCY = Money.CNY;

  private MlgParameters() {}

  /** Money of the means test: in the standards' currency, or {@link CurrencyMismatchException}. */
  static Money requireCurrency(Money money) {
    if (!money.currency().equals(CURRENCY)) {
      throw new CurrencyMismatchException(CURRENCY, money.currency());
    }
    return money;
  }

  /** An amount in the means test's currency as money, to its minor unit. */
  static Money money(BigDecimal amount) {
    return Money.of(CURRENCY, amount, java.math.RoundingMode.HALF_UP);
  }

  static ParameterKey<Money> standard(Area area) {
    return area == Area.URBAN ? STANDARD_URBAN : STANDARD_RURAL;
  }
}
