package org.communitygov.rules.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {
  static final Unit[] UNITS = {Unit.HOUR, Unit.POINT, Unit.CNY};

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 42, 20261203})
  void aDecimalIsWrittenAsToPlainStringWritesIt(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 20_000; i++) {
      long unscaled =
          switch (random.nextInt(3)) {
            case 0 -> random.nextInt(1_000);
            case 1 -> random.nextLong() % 1_000_000_000_000_000_000L;
            default -> random.nextLong();
          };
      // scales from -3 to 20: written by hand up to 18 digits and 18 decimals, else by BigDecimal
      BigDecimal value = BigDecimal.valueOf(unscaled, random.nextInt(24) - 3);
      assertThat(Texts.appendPlain(new StringBuilder(), value).toString())
          .as("seed %d: %s", seed, value.toPlainString())
          .isEqualTo(value.toPlainString());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 42, 20261203})
  void anAmountIsWrittenAsDecimalTextWritesIt(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 20_000; i++) {
      Unit unit = UNITS[random.nextInt(UNITS.length)];
      long minor =
          switch (random.nextInt(3)) {
            case 0 -> random.nextInt(20_000) - 10_000;
            case 1 -> random.nextLong() % Amount.MAX_MINOR;
            default -> random.nextBoolean() ? Amount.MAX_MINOR : -Amount.MAX_MINOR;
          };
      Amount amount = Amount.ofMinor(unit, minor);
      assertThat(Texts.appendAmount(new StringBuilder(), amount).toString())
          .as("seed %d: %s", seed, amount)
          .isEqualTo(amount.decimalText());
    }
  }

  @Test
  void anAmountPastTheRangeOfOneIsWrittenAsItsDecimalText() {
    Amount max = Amount.ofMinor(Unit.CNY, Amount.MAX_MINOR);
    Amount past = max.plus(max).plus(max);

    assertThat(Texts.appendAmount(new StringBuilder(), past).toString())
        .isEqualTo(past.decimalText())
        .isEqualTo("30000000000000.00");
    assertThat(Texts.appendAmount(new StringBuilder(), past.negated()).toString())
        .isEqualTo(past.negated().decimalText());
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 20261202L})
  void aDateIsWrittenAsLocalDateWritesIt(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 10_000; i++) {
      LocalDate date = LocalDate.ofEpochDay(random.nextInt(4_000_000) - 1_000_000);
      assertThat(Texts.date(date)).as("seed %d, %s", seed, date).isEqualTo(date.toString());
    }
  }

  @Test
  void theYearsAtTheEdgesOfFourDigitsAreWrittenAsLocalDateWritesThem() {
    for (LocalDate date :
        new LocalDate[] {
          LocalDate.of(0, 1, 1),
          LocalDate.of(9, 2, 3),
          LocalDate.of(999, 12, 31),
          LocalDate.of(9999, 12, 31),
          LocalDate.of(10000, 1, 1),
          LocalDate.of(-1, 6, 30)
        }) {
      assertThat(Texts.date(date)).isEqualTo(date.toString());
    }
  }

  @Test
  void aLabelIsMadeOnceForTheSameTexts() {
    assertThat(Texts.label("服务时长", "hours served")).isSameAs(Texts.label("服务时长", "hours served"));
    assertThat(Texts.label("服务时长", "another").en()).isEqualTo("another");
  }
}
