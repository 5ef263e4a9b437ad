package org.communitygov.rules.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An accrual's value in long arithmetic is the value BigDecimal makes, rounded down alike. */
class AccrualValuesTest {
  static Amount byBigDecimal(Unit unit, BigDecimal hours, BigDecimal perHour) {
    return Amount.of(unit, hours.multiply(perHour).setScale(unit.scale(), RoundingMode.DOWN));
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 42, 20261202})
  void randomHoursAndRatesAreValuedAsBigDecimalValuesThem(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 5000; i++) {
      Unit unit = random.nextBoolean() ? Unit.HOUR : Unit.POINT;
      BigDecimal hours = BigDecimal.valueOf(random.nextInt(100_000), random.nextInt(7) - 1);
      BigDecimal perHour = BigDecimal.valueOf(random.nextInt(10_000), random.nextInt(6) - 1);
      assertThat(AccrualValues.value(unit, hours, perHour))
          .as("seed %d: %s × %s in %s", seed, hours, perHour, unit)
          .isEqualTo(byBigDecimal(unit, hours, perHour));
    }
  }

  @Test
  void aProductBeyondALongIsValuedByBigDecimalAndRefusedAsTooLarge() {
    BigDecimal huge = new BigDecimal("92233720368547758.07");
    assertThatThrownBy(() -> AccrualValues.value(Unit.HOUR, huge, new BigDecimal("1000")))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aThirdOfAPointIsRoundedDown() {
    assertThat(AccrualValues.value(Unit.HOUR, new BigDecimal("0.333"), new BigDecimal("1.5")))
        .isEqualTo(Amount.ofMinor(Unit.HOUR, 49));
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 20261203})
  void theUnscaledValueIsTheOneBigDecimalGives(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 20_000; i++) {
      long unscaled =
          random.nextBoolean() ? random.nextInt(100_000) : random.nextLong() % 1_000_000_000_000L;
      BigDecimal value = BigDecimal.valueOf(unscaled, random.nextInt(30) - 10);
      assertThat(AccrualValues.unscaled(value))
          .as("seed %d: %s", seed, value)
          .isEqualTo(value.unscaledValue().longValueExact());
    }
  }
}
