package org.communitygov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.communitygov.model.common.CurrencyMismatchException;
import org.communitygov.model.common.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code MONEY} parameter type: amounts with their currency, read strictly. */
class MoneyParametersTest {
  static String file(String value) {
    return """
        {"topic": "t", "parameters": [{"id": "x.amount", "type": "MONEY", "unit": "CNY/month",
          "values": [{"jurisdiction": "national", "effectiveFrom": "2020-01-01", "value": %s,
            "confidence": "CONFIRMED", "reference": {"document": {"zh": "文件", "en": "document"}}}]}]}
        """
        .formatted(value);
  }

  static ResolvedParameter<Money> resolve(String value) {
    return ParameterSetTest.load(file(value))
        .resolve(ParameterKey.money("x.amount"), Jurisdiction.national(), LocalDate.of(2024, 1, 1));
  }

  @Nested
  class AValue {
    @Test
    void isReadWithItsCurrencyAndShownAsItsAmount() {
      ResolvedParameter<Money> amount = resolve("\"735.00 CNY\"");

      assertThat(amount.value()).isEqualTo(Money.parse("735.00 CNY"));
      assertThat(amount.valueText()).isEqualTo("735.00");
      assertThat(amount.canonical()).contains("|MONEY|").contains("|735.00 CNY|");
    }

    @Test
    void inAnotherCurrencyHasAnotherCanonicalLine() {
      assertThat(resolve("\"735.00 USD\"").canonical())
          .isNotEqualTo(resolve("\"735.00 CNY\"").canonical());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"735.00", "\"735.00\"", "\"735.001 CNY\"", "\"735.00  CNY\"", "\"735.00 XYZ\""})
    void thatIsNotExactlyAnAmountAndACurrencyMakesTheFileInvalid(String value) {
      assertThatThrownBy(() -> ParameterSetTest.load(file(value)))
          .isInstanceOf(ParameterFileException.class)
          .extracting(e -> ((ParameterFileException) e).code())
          .isEqualTo("parameter.file");
    }
  }

  @Nested
  class AComparison {
    static final Operand CNY = Operand.of(Fact.of("income", Money.parse("100.00 CNY")));

    @Test
    void ofTwoAmountsInOneCurrencyComparesTheAmounts() {
      Comparison c =
          Comparison.of(CNY, Operator.LT, Operand.of("limit", resolve("\"100.01 CNY\"")));

      assertThat(c.result()).isTrue();
    }

    @Test
    void acrossCurrenciesIsAnErrorNeverANumberComparison() {
      Operand usd = Operand.of("limit", resolve("\"200.00 USD\""));
      assertThatThrownBy(() -> Comparison.of(CNY, Operator.LT, usd))
          .isInstanceOf(CurrencyMismatchException.class)
          .extracting(e -> ((CurrencyMismatchException) e).code())
          .isEqualTo("money.currencyMismatch");
    }

    @Test
    void ofMoneyWithAPlainNumberIsRefused() {
      Operand number = Operand.of(Fact.of("limit", new BigDecimal("200.00")));
      assertThatThrownBy(() -> Comparison.of(CNY, Operator.LT, number))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
