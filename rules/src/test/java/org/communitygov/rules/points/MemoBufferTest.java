package org.communitygov.rules.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Unit;
import org.communitygov.model.points.MemberId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A memo written into its buffer reads as the memo made of strings: each decimal as {@link
 * BigDecimal#toPlainString()} writes it, each amount as {@link Amount#decimalText()} (random values
 * on fixed seeds, printed in every message).
 */
class MemoBufferTest {
  static final Unit[] UNITS = {Unit.HOUR, Unit.POINT, Unit.CNY};

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 42, 20261203})
  void decimalsAreWrittenAsToPlainStringWritesThem(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 20_000; i++) {
      long unscaled =
          switch (random.nextInt(3)) {
            case 0 -> random.nextInt(1_000);
            case 1 -> random.nextLong() % 1_000_000_000_000_000_000L;
            default -> random.nextLong();
          };
      BigDecimal value = BigDecimal.valueOf(unscaled, random.nextInt(24) - 3);
      String expected = value.toPlainString();
      if (MemoBuffer.isPlain(value)) {
        assertThat(new MemoBuffer(MemoBuffer.PLAIN_MAX).plain(value).toString())
            .as("seed %d: %s", seed, expected)
            .isEqualTo(expected);
      } else {
        assertThat(value.precision() >= 19 || value.scale() < 0 || value.scale() > 18)
            .as("seed %d: %s", seed, expected)
            .isTrue();
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 42, 20261203})
  void amountsAreWrittenAsDecimalTextWritesThem(long seed) {
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
      assertThat(new MemoBuffer(MemoBuffer.DECIMAL_MAX).decimal(amount).toString())
          .as("seed %d: %s", seed, amount)
          .isEqualTo(amount.decimalText());
    }
  }

  @Test
  void anAmountPastTheRangeOfOneIsWrittenAsItsDecimalText() {
    Amount max = Amount.ofMinor(Unit.CNY, Amount.MAX_MINOR);
    Amount past = max.plus(max).plus(max);

    assertThat(new MemoBuffer(MemoBuffer.DECIMAL_MAX).decimal(past).toString())
        .isEqualTo(past.decimalText())
        .isEqualTo("30000000000000.00");
    assertThat(new MemoBuffer(MemoBuffer.DECIMAL_MAX).decimal(past.negated()).toString())
        .isEqualTo(past.negated().decimalText());
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 20261203})
  void anAccrualsMemoReadsAsTheMemoMadeOfStrings(long seed) {
    LocalDate day = LocalDate.of(2025, 1, 1).plusDays(seed % 300);
    PolicyTerms terms =
        PolicyParameters.of(PointsFixtures.scheme("time-bank")).on(day).orElseThrow();
    Random random = new Random(seed);
    String[] hours = {"0", "1", "1.5", "1.50", "1.500", "0.01", "12345678901234.56", "1E+2", "7"};
    for (int i = 0; i < 2_000; i++) {
      ServiceRecordInput record =
          new ServiceRecordInput(
              "R" + random.nextInt(1 << 20) + "-" + "x".repeat(random.nextInt(40)),
              "A1",
              MemberId.of("V1"),
              random.nextBoolean() ? day : LocalDate.of(2025, 6, 1),
              new BigDecimal(hours[random.nextInt(hours.length)]),
              "O1",
              Evaluation.NONE,
              false);
      Amount value = Amount.ofMinor(Unit.HOUR, random.nextLong() % Amount.MAX_MINOR);
      Amount donated =
          random.nextBoolean()
              ? Amount.zero(Unit.HOUR)
              : Amount.ofMinor(Unit.HOUR, random.nextLong() % Amount.MAX_MINOR);
      assertThat(Accruals.memo(terms, record, value, donated))
          .as("seed %d, record %d", seed, i)
          .isEqualTo(
              Accruals.memoOfParts(terms, record, record.hours().toPlainString(), value, donated));
    }
  }
}
