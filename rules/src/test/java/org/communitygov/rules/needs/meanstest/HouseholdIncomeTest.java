package org.communitygov.rules.needs.meanstest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitygov.rules.needs.shared.Households.P1;
import static org.communitygov.rules.needs.shared.Households.household;
import static org.communitygov.rules.needs.shared.Households.person;
import static org.communitygov.rules.needs.shared.Households.wages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.communitygov.model.common.CommunityGovException;
import org.communitygov.model.common.CurrencyMismatchException;
import org.communitygov.model.common.DateRange;
import org.communitygov.model.common.Money;
import org.communitygov.model.household.Asset;
import org.communitygov.model.household.AssetType;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.IncomeItem;
import org.communitygov.model.household.IncomeType;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.ParameterSet;
import org.communitygov.rules.engine.Step;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HouseholdIncomeTest {
  static final LocalDate DATE = MlgEligibilityTest.EVE;

  static IncomeItem item(String amount, String currency, IncomeType type) {
    return IncomeItem.builder()
        .person(P1)
        .type(type)
        .amount(Money.of(Currency.getInstance(currency), new BigDecimal(amount)))
        .period(DateRange.of(DATE.minusMonths(12), DATE))
        .build();
  }

  static Decision<MeansTestResult> evaluate(Household h) {
    return MlgEligibilityTest.evaluate(ParameterSet.defaults(), h, DATE);
  }

  @Nested
  class ANegativeIncomeItem {
    @Test
    void isCountedAsZeroWithAStepThatSaysSo() {
      Household h =
          household(person(P1, "1975-05-05"))
              .addIncome(item("-100000.00", "CNY", IncomeType.BUSINESS))
              .addIncome(wages(P1, "1200.00", DATE.minusMonths(12), DATE))
              .build();

      Decision<MeansTestResult> d = evaluate(h);

      // Only the wages count: 1,200.00 over 12 months is 100.00 a month.
      assertThat(d.outcomeOrThrow().perCapitaIncome()).isEqualTo(Money.parse("100.00 CNY"));
      assertThat(d.outcomeOrThrow().monthlyBenefit()).contains(Money.parse("640.00 CNY"));
      Step negative =
          d.explanation().steps().stream()
              .filter(s -> s.id().equals("mlg.income.negative"))
              .findFirst()
              .orElseThrow();
      assertThat(negative.result().orElseThrow().value()).isEqualTo("0.00");
      assertThat(negative.facts()).anyMatch(f -> f.value().equals("-100000.00 CNY"));
    }

    @Test
    void neverRaisesTheBenefitAboveTheFullStandard() {
      // The household: without the rule, per-capita −2,777.78 gave 10,538.34.
      Household h =
          household(person(P1, "1975-05-05"))
              .addIncome(item("-33333.36", "CNY", IncomeType.BUSINESS))
              .build();

      assertThat(evaluate(h).outcomeOrThrow().monthlyBenefit()).contains(Money.parse("740.00 CNY"));
    }
  }

  @Nested
  class AnotherCurrency {
    @Test
    void inTheIncomeIsAnErrorWithItsCodeNeverASum() {
      Household h =
          household(person(P1, "1975-05-05"))
              .addIncome(item("14400.00", "CNY", IncomeType.WAGES))
              .addIncome(item("14400.00", "USD", IncomeType.WAGES))
              .build();

      assertThatThrownBy(() -> evaluate(h))
          .isInstanceOf(CurrencyMismatchException.class)
          .extracting(e -> ((CommunityGovException) e).code())
          .isEqualTo("money.currencyMismatch");
    }

    @Test
    void inTheAssetsIsAnErrorWithItsCode() {
      Household h =
          household(person(P1, "1975-05-05"))
              .addAssets(
                  Asset.builder()
                      .owner(P1)
                      .type(AssetType.DEPOSIT)
                      .value(Money.of(Currency.getInstance("USD"), new BigDecimal("10.00")))
                      .valuedOn(DATE.minusDays(1))
                      .build())
              .build();

      assertThatThrownBy(() -> evaluate(h))
          .isInstanceOf(CurrencyMismatchException.class)
          .extracting(e -> ((CommunityGovException) e).code())
          .isEqualTo("money.currencyMismatch");
    }
  }

  @Nested
  class TheItemsCounted {
    private static String fact(Step step, String name) {
      return step.facts().stream()
          .filter(f -> f.name().equals(name))
          .findFirst()
          .orElseThrow()
          .value();
    }

    private static java.util.List<Step> steps(Decision<MeansTestResult> d, String id) {
      return d.explanation().steps().stream().filter(s -> s.id().equals(id)).toList();
    }

    @Test
    void leaveOutAnItemThatEndsWhereTheWindowStarts() {
      Household h =
          household(person(P1, "1975-05-05"))
              .addIncome(wages(P1, "1200.00", DATE.minusMonths(12), DATE))
              .addIncome(wages(P1, "99999.00", DATE.minusMonths(24), DATE.minusMonths(12)))
              .build();

      Decision<MeansTestResult> d = evaluate(h);

      assertThat(d.outcomeOrThrow().perCapitaIncome()).isEqualTo(Money.parse("100.00 CNY"));
      Step income = steps(d, "mlg.income").get(0);
      assertThat(fact(income, "incomeItemsCounted")).isEqualTo("1");
      assertThat(fact(income, "incomeInWindow")).isEqualTo("1200.00 CNY");
    }

    @Test
    void countEveryItemInTheWindowAndStepEveryLossInItsOrder() {
      Household h =
          household(person(P1, "1975-05-05"))
              .addIncome(wages(P1, "1200.00", DATE.minusMonths(12), DATE))
              .addIncome(item("-10.00", "CNY", IncomeType.BUSINESS))
              .addIncome(wages(P1, "2400.00", DATE.minusMonths(12), DATE))
              .addIncome(
                  IncomeItem.builder()
                      .type(IncomeType.BUSINESS)
                      .amount(Money.parse("-20.00 CNY"))
                      .period(DateRange.of(DATE.minusMonths(12), DATE))
                      .build())
              .build();

      Decision<MeansTestResult> d = evaluate(h);

      Step income = steps(d, "mlg.income").get(0);
      assertThat(fact(income, "incomeItemsCounted")).isEqualTo("2");
      assertThat(fact(income, "incomeInWindow")).isEqualTo("3600.00 CNY");
      assertThat(d.outcomeOrThrow().perCapitaIncome()).isEqualTo(Money.parse("300.00 CNY"));
      assertThat(steps(d, "mlg.income.negative"))
          .extracting(s -> fact(s, "person") + " " + fact(s, "amount"))
          .containsExactly("P1 -10.00 CNY", "household -20.00 CNY");
    }
  }
}
