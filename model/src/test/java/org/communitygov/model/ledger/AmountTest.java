package org.communitygov.model.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountTest {
  @Nested
  class Text {
    @ParameterizedTest
    @ValueSource(
        strings = {"-12.50 CNY", "0.00 CNY", "1.25 HOUR", "30 POINT", "-7 POINT", "100 JPY"})
    void readsBackWhatItWrites(String text) {
      assertThat(Amount.parse(text)).hasToString(text);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"12.5", "12", "012.50", "-0.00", "1.2.3", "+1.00", "", "-", ".50", "1e2"})
    void refusesAnythingButThePlainDecimalAtTheUnitsScale(String decimal) {
      assertThatThrownBy(() -> Amount.parse(Unit.CNY, decimal))
          .isInstanceOf(InvalidValueException.class)
          .hasFieldOrPropertyWithValue("code", "amount.format");
    }

    @ParameterizedTest
    @MethodSource("org.communitygov.model.ledger.AmountTest#seeds")
    void writesEveryCountOfStepsSoThatItReadsBack(long seed) {
      SplittableRandom random = new SplittableRandom(seed);
      for (int i = 0; i < 2000; i++) {
        long minor = random.nextLong(-Amount.MAX_MINOR, Amount.MAX_MINOR + 1);
        Unit unit =
            random.nextBoolean() ? Unit.CNY : (random.nextBoolean() ? Unit.HOUR : Unit.POINT);
        Amount amount = Amount.ofMinor(unit, minor);
        assertThat(Amount.parse(amount.toString()))
            .as("seed %d, %s", seed, amount)
            .isEqualTo(amount);
        assertThat(amount.decimal()).isEqualTo(new BigDecimal(amount.decimalText()));
      }
    }
  }

  static Stream<Long> seeds() {
    return Stream.of(1L, 7L, 20261202L);
  }

  @Nested
  class Units {
    @Test
    void neverAddsAmountsOfTwoUnits() {
      assertThatThrownBy(() -> Amount.parse("1.00 CNY").plus(Amount.parse("1.00 HOUR")))
          .isInstanceOfSatisfying(
              UnitMismatchException.class,
              e -> {
                assertThat(e.expected()).isEqualTo("CNY");
                assertThat(e.actual()).isEqualTo("HOUR");
                assertThat(e.code()).isEqualTo("amount.unitMismatch");
              });
      assertThatThrownBy(() -> Amount.parse("1 POINT").compareTo(Amount.parse("1.00 HOUR")))
          .isInstanceOf(UnitMismatchException.class);
    }

    @Test
    void convertsMoneyBothWaysButNotTime() {
      Money money = Money.ofCny(new BigDecimal("-1234.50"));
      assertThat(Amount.from(money).toMoney()).isEqualTo(money);
      assertThatThrownBy(() -> Amount.parse("2.00 HOUR").toMoney())
          .isInstanceOf(UnitMismatchException.class);
      assertThat(Amount.from(Money.zero(Currency.getInstance("JPY"))).unit().scale()).isZero();
    }

    @Test
    void refusesUnknownUnitsAndCurrenciesWithoutDecimals() {
      assertThatThrownBy(() -> Unit.parse("HOURS"))
          .hasFieldOrPropertyWithValue("code", "unit.code");
      assertThatThrownBy(() -> Unit.parse("ABC")).hasFieldOrPropertyWithValue("code", "unit.code");
      assertThatThrownBy(() -> Unit.of(Currency.getInstance("XXX")))
          .hasFieldOrPropertyWithValue("code", "unit.currency");
      assertThat(Unit.parse("CNY")).isSameAs(Unit.CNY);
      assertThat(Unit.parse("USD").family()).isEqualTo(UnitFamily.MONEY);
    }
  }

  @Nested
  class Range {
    @Test
    void keepsOneAmountWithinTenToTheFifteenSteps() {
      assertThat(Amount.ofMinor(Unit.POINT, Amount.MAX_MINOR).minor()).isEqualTo(Amount.MAX_MINOR);
      assertThatThrownBy(() -> Amount.ofMinor(Unit.POINT, -Amount.MAX_MINOR - 1))
          .hasFieldOrPropertyWithValue("code", "amount.range");
      assertThatThrownBy(() -> Amount.of(Unit.CNY, new BigDecimal("0.001")))
          .hasFieldOrPropertyWithValue("code", "amount.scale");
      assertThat(Amount.of(Unit.CNY, new BigDecimal("12.5"))).hasToString("12.50 CNY");
    }

    @Test
    void failsLoudlyRatherThanWrapAround() {
      Amount big = Amount.ofMinor(Unit.POINT, Amount.MAX_MINOR);
      Amount sum = big;
      for (int i = 0; i < 9000; i++) {
        sum = sum.plus(big);
      }
      Amount almost = sum;
      assertThatThrownBy(
              () -> {
                Amount s = almost;
                for (int i = 0; i < 1000; i++) {
                  s = s.plus(big);
                }
              })
          .isInstanceOf(ArithmeticException.class);
    }
  }
}
