package org.communitygov.rules.needs.meanstest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import java.util.stream.LongStream;
import org.communitygov.model.common.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FenTest {
  static LongStream seeds() {
    return LongStream.of(1L, 20_261_202L, 93L);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void proratesAndDividesAsMoneyAndBigDecimalDo(long seed) {
    Random random = new Random(seed);
    for (int n = 0; n < 10_000; n++) {
      long fen = random.nextInt(3) == 0 ? random.nextInt(1_000) : random.nextInt(100_000_000);
      Money amount = Fen.money(fen);
      long all = 1 + random.nextInt(400);
      long part = 1 + random.nextInt((int) all);
      String where = "seed " + seed + ", " + amount + " × " + part + " ÷ " + all;

      BigDecimal prorated =
          part == all
              ? amount.amount()
              : amount
                  .amount()
                  .multiply(BigDecimal.valueOf(part))
                  .divide(BigDecimal.valueOf(all), 10, RoundingMode.HALF_UP);
      long units = Fen.prorated(fen, part, all);
      assertThat(BigDecimal.valueOf(units, 10)).as(where).isEqualByComparingTo(prorated);

      Money total = Money.of(Money.CNY, prorated, RoundingMode.HALF_UP);
      assertThat(Fen.money(Fen.halfUp(units, Fen.PRORATED_PER_FEN))).as(where).isEqualTo(total);
      long divisor = 1 + random.nextInt(72);
      assertThat(Fen.money(Fen.halfUp(Fen.of(total), divisor)))
          .as(where + " ÷ " + divisor)
          .isEqualTo(total.dividedBy(divisor, RoundingMode.HALF_UP))
          .isEqualTo(total.negated().dividedBy(divisor, RoundingMode.HALF_UP).negated());
      assertThat(Fen.halfUp(-Fen.of(total), divisor))
          .isEqualTo(-Fen.halfUp(Fen.of(total), divisor));
    }
  }

  @Test
  void roundsHalfAwayFromZero() {
    assertThat(Fen.halfUp(5, 2)).isEqualTo(3);
    assertThat(Fen.halfUp(-5, 2)).isEqualTo(-3);
    assertThat(Fen.halfUp(4, 3)).isEqualTo(1);
    assertThat(Fen.halfUp(5, 3)).isEqualTo(2);
    assertThat(Fen.of(Money.parse("12.30 CNY"))).isEqualTo(1_230);
  }

  @Test
  void refusesAnAmountTooLargeForALong() {
    assertThatThrownBy(() -> Fen.prorated(Long.MAX_VALUE / 1_000, 1, 2))
        .isInstanceOf(ArithmeticException.class);
  }
}
