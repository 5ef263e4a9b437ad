package org.communitygov.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitygov.model.common.InvalidValues.assertInvalid;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {
  static final Currency USD = Currency.getInstance("USD");
  static final Currency JPY = Currency.getInstance("JPY");
  static final Currency BHD = Currency.getInstance("BHD");

  static Money cny(String amount) {
    return Money.ofCny(new BigDecimal(amount));
  }

  @Nested
  class Scale {
    @Test
    void holdsTheAmountAtTheCurrencysFractionDigits() {
      assertThat(cny("12").amount()).isEqualByComparingTo("12").hasScaleOf(2);
      assertThat(Money.of(JPY, new BigDecimal("1200")).amount()).hasScaleOf(0);
      assertThat(Money.of(BHD, new BigDecimal("1.5")).amount()).hasScaleOf(3);
      assertThat(Money.of(Money.CNY, new BigDecimal("1E+3")).amount().toPlainString())
          .isEqualTo("1000.00");
      assertThat(Money.zero(Money.CNY).amount().toPlainString()).isEqualTo("0.00");
    }

    @Test
    void acceptsTrailingZerosBeyondTheScale() {
      assertThat(cny("1.500")).isEqualTo(cny("1.5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.001", "123.456", "-0.005", "1.0000001"})
    void rejectsMoreDecimalsThanTheCurrencyHas(String amount) {
      InvalidValueException e = assertInvalid("money.scale", () -> cny(amount));
      assertThat(e.getMessage()).contains("CNY").contains("2");
      assertInvalid("money.scale", () -> Money.of(JPY, new BigDecimal("1.5")));
    }

    @Test
    void rejectsCurrenciesWithoutFractionDigits() {
      assertInvalid("money.currency", () -> Money.zero(Currency.getInstance("XXX")));
    }
  }

  @Nested
  class Rounding {
    @Test
    void roundsWithTheGivenMode() {
      BigDecimal amount = new BigDecimal("2.345");
      assertThat(Money.of(Money.CNY, amount, RoundingMode.HALF_UP)).isEqualTo(cny("2.35"));
      assertThat(Money.of(Money.CNY, amount, RoundingMode.HALF_EVEN)).isEqualTo(cny("2.34"));
      assertThat(Money.of(Money.CNY, amount, RoundingMode.DOWN)).isEqualTo(cny("2.34"));
      assertThat(Money.of(Money.CNY, new BigDecimal("-2.345"), RoundingMode.FLOOR))
          .isEqualTo(cny("-2.35"));
    }

    @Test
    void rejectsUnnecessaryRoundingWhenItIsNecessary() {
      assertInvalid(
          "money.scale",
          () -> Money.of(Money.CNY, new BigDecimal("2.345"), RoundingMode.UNNECESSARY));
    }

    @Test
    void multipliesAndDividesWithExplicitRounding() {
      Money rent = cny("1000.00");
      assertThat(rent.multipliedBy(new BigDecimal("0.333"), RoundingMode.HALF_UP))
          .isEqualTo(cny("333.00"));
      assertThat(cny("100.00").dividedBy(3, RoundingMode.HALF_UP)).isEqualTo(cny("33.33"));
      assertThat(cny("100.00").dividedBy(3, RoundingMode.CEILING)).isEqualTo(cny("33.34"));
      assertThat(cny("0.01").multipliedBy(new BigDecimal("0.5"), RoundingMode.HALF_EVEN))
          .isEqualTo(cny("0.00"));
      assertThatExceptionOfType(ArithmeticException.class)
          .isThrownBy(() -> cny("1.00").dividedBy(3, RoundingMode.UNNECESSARY));
      assertThatExceptionOfType(ArithmeticException.class)
          .isThrownBy(() -> cny("1.00").dividedBy(0, RoundingMode.HALF_UP));
    }
  }

  @Nested
  class Arithmetic {
    @Test
    void addsSubtractsAndMultipliesExactly() {
      assertThat(cny("0.10").plus(cny("0.20"))).isEqualTo(cny("0.30"));
      assertThat(cny("0.10").minus(cny("0.30"))).isEqualTo(cny("-0.20"));
      assertThat(cny("12.34").multipliedBy(3)).isEqualTo(cny("37.02"));
      assertThat(cny("12.34").multipliedBy(-1)).isEqualTo(cny("-12.34"));
      assertThat(cny("12.34").negated()).isEqualTo(cny("-12.34"));
      assertThat(cny("-12.34").abs()).isEqualTo(cny("12.34"));
    }

    @Test
    void returnsThisWhenNothingChanges() {
      Money money = cny("5.00");
      Money zero = Money.zero(Money.CNY);
      assertThat(money.plus(zero)).isSameAs(money);
      assertThat(money.minus(zero)).isSameAs(money);
      assertThat(money.multipliedBy(1)).isSameAs(money);
      assertThat(money.multipliedBy(BigDecimal.ONE, RoundingMode.UNNECESSARY)).isSameAs(money);
      assertThat(money.dividedBy(1, RoundingMode.UNNECESSARY)).isSameAs(money);
      assertThat(money.abs()).isSameAs(money);
      assertThat(zero.negated()).isSameAs(zero);
      assertThat(money.withAmount(new BigDecimal("5"))).isSameAs(money);
      assertThat(money.withAmount(new BigDecimal("6"))).isEqualTo(cny("6.00"));
    }

    @Test
    void totalsAnIterable() {
      assertThat(Money.total(Money.CNY, List.of(cny("1.10"), cny("2.20"), cny("-0.30"))))
          .isEqualTo(cny("3.00"));
      assertThat(Money.total(Money.CNY, List.of())).isEqualTo(Money.zero(Money.CNY));
    }

    @Test
    void tellsTheSign() {
      Money zero = Money.zero(Money.CNY);
      Money positive = cny("0.01");
      Money negative = cny("-0.01");
      assertThat(zero.isZero()).isTrue();
      assertThat(zero.isPositiveOrZero()).isTrue();
      assertThat(zero.isNegativeOrZero()).isTrue();
      assertThat(zero.isPositive()).isFalse();
      assertThat(zero.isNegative()).isFalse();
      assertThat(positive.isPositive()).isTrue();
      assertThat(positive.isNegativeOrZero()).isFalse();
      assertThat(negative.isNegative()).isTrue();
      assertThat(negative.isPositiveOrZero()).isFalse();
    }

    @Test
    void compares() {
      assertThat(cny("2.00").isGreaterThan(cny("1.99"))).isTrue();
      assertThat(cny("2.00").isLessThan(cny("1.99"))).isFalse();
      assertThat(cny("2.00").compareTo(cny("2"))).isZero();
      assertThat(List.of(cny("3"), cny("-1"), cny("2")).stream().sorted())
          .containsExactly(cny("-1"), cny("2"), cny("3"));
    }
  }

  @Nested
  class CurrencyMismatch {
    @Test
    void carriesBothCurrencies() {
      Money yuan = cny("1.00");
      Money dollars = Money.of(USD, new BigDecimal("1.00"));
      assertThatThrownBy(() -> yuan.plus(dollars))
          .isInstanceOfSatisfying(
              CurrencyMismatchException.class,
              e -> {
                assertThat(e.code()).isEqualTo("money.currencyMismatch");
                assertThat(e.expected()).isEqualTo(Money.CNY);
                assertThat(e.actual()).isEqualTo(USD);
                assertThat(e.getMessage()).contains("CNY").contains("USD");
              })
          .isInstanceOf(CommunityGovException.class);
    }

    @Test
    void isThrownByEveryOperationOnTwoCurrencies() {
      Money yuan = cny("1.00");
      Money dollars = Money.of(USD, new BigDecimal("1.00"));
      for (org.assertj.core.api.ThrowableAssert.ThrowingCallable call :
          Arrays.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>asList(
              () -> yuan.plus(dollars),
              () -> yuan.minus(dollars),
              () -> yuan.isGreaterThan(dollars),
              () -> yuan.isLessThan(dollars),
              () -> yuan.compareTo(dollars),
              () -> Money.total(Money.CNY, List.of(yuan, dollars)))) {
        assertThatExceptionOfType(CurrencyMismatchException.class).isThrownBy(call);
      }
    }
  }

  @Nested
  class Nulls {
    @Test
    void rejectsNullArguments() {
      assertThatNullPointerException()
          .isThrownBy(() -> Money.of(null, BigDecimal.ONE))
          .withMessage("currency");
      assertThatNullPointerException()
          .isThrownBy(() -> Money.of(Money.CNY, null))
          .withMessage("amount");
      assertThatNullPointerException()
          .isThrownBy(() -> Money.of(Money.CNY, BigDecimal.ONE, null))
          .withMessage("rounding");
      assertThatNullPointerException().isThrownBy(() -> Money.ofCny(null));
      assertThatNullPointerException().isThrownBy(() -> Money.zero(null));
      assertThatNullPointerException().isThrownBy(() -> Money.parse(null)).withMessage("text");
      assertThatNullPointerException().isThrownBy(() -> Money.total(Money.CNY, null));
      assertThatNullPointerException()
          .isThrownBy(() -> Money.total(Money.CNY, Arrays.asList(cny("1"), null)));
      assertThatNullPointerException().isThrownBy(() -> cny("1").plus(null));
      assertThatNullPointerException().isThrownBy(() -> cny("1").compareTo(null));
      assertThatNullPointerException()
          .isThrownBy(() -> cny("1").multipliedBy(null, RoundingMode.HALF_UP));
    }
  }

  @Nested
  class Text {
    @ParameterizedTest
    @ValueSource(strings = {"123.45 CNY", "0.00 CNY", "-0.50 CNY", "1000000000000.00 CNY"})
    void roundTripsThroughToString(String text) {
      Money money = Money.parse(text);
      assertThat(money.toString()).isEqualTo(text);
      assertThat(Money.parse(money.toString())).isEqualTo(money);
    }

    @Test
    void writesThePlainAmountWithTheCurrencysDecimals() {
      assertThat(cny("1E+3").toString()).isEqualTo("1000.00 CNY");
      assertThat(Money.parse("7 CNY").toString()).isEqualTo("7.00 CNY");
      assertThat(Money.of(JPY, new BigDecimal("1200")).toString()).isEqualTo("1200 JPY");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "123.45",
          "CNY 123.45",
          "123.45  CNY",
          " 123.45 CNY",
          "1.2345E+2 CNY",
          "+1.00 CNY",
          "01.00 CNY",
          ".50 CNY",
          "1. CNY",
          "1,000.00 CNY",
          "¥1.00 CNY"
        })
    void rejectsOtherForms(String text) {
      assertInvalid("money.format", () -> Money.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.00 cny", "1.00 ABC", "1.00 YUAN", "1.00 "})
    void rejectsUnknownCurrencies(String text) {
      assertInvalid("money.currency", () -> Money.parse(text));
    }

    @Test
    void rejectsTooManyDecimals() {
      assertInvalid("money.scale", () -> Money.parse("1.001 CNY"));
    }
  }

  @Nested
  class Json {
    final ObjectMapper mapper = new ObjectMapper();

    @Test
    void writesTheAmountAsADecimalString() throws Exception {
      assertThat(mapper.writeValueAsString(cny("123.45")))
          .isEqualTo("{\"amount\":\"123.45\",\"currency\":\"CNY\"}");
      assertThat(mapper.writeValueAsString(cny("1E+3")))
          .isEqualTo("{\"amount\":\"1000.00\",\"currency\":\"CNY\"}");
    }

    @Test
    void readsWhatItWrites() throws Exception {
      Money money = cny("-0.50");
      assertThat(mapper.readValue(mapper.writeValueAsString(money), Money.class)).isEqualTo(money);
    }

    @Test
    void rejectsExponentFormsAndUnknownCurrencies() {
      assertThatThrownBy(
              () -> mapper.readValue("{\"amount\":\"1E+2\",\"currency\":\"CNY\"}", Money.class))
          .hasRootCauseInstanceOf(InvalidValueException.class)
          .rootCause()
          .hasMessageContaining("plain decimal");
      assertThatThrownBy(
              () -> mapper.readValue("{\"amount\":\"1.00\",\"currency\":\"RMB\"}", Money.class))
          .rootCause()
          .isInstanceOfSatisfying(
              InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("money.currency"));
    }

    @Test
    void requiresBothProperties() {
      assertThatThrownBy(() -> mapper.readValue("{\"amount\":\"1.00\"}", Money.class))
          .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
    }
  }

  @Nested
  class Equality {
    @Test
    void equalsByCurrencyAndAmount() {
      assertThat(cny("1.5"))
          .isEqualTo(cny("1.50"))
          .hasSameHashCodeAs(cny("1.50"))
          .isNotEqualTo(cny("1.51"))
          .isNotEqualTo(Money.of(USD, new BigDecimal("1.50")));
    }

    @Test
    void isNotJavaSerializable() {
      var out = new java.io.ByteArrayOutputStream();
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> new java.io.ObjectOutputStream(out).writeObject(cny("123.45")))
          .isInstanceOf(java.io.NotSerializableException.class);
    }
  }
}
