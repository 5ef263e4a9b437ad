package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Digits written from the table are the digits the JDK writes. */
class DigitsTest {
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {9, 20261203})
  void writesADateOfAnyYearAsLocalDateDoes(long seed) {
    System.out.println("DigitsTest seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    LocalDate[] ends = {
      LocalDate.MIN,
      LocalDate.MAX,
      LocalDate.of(999, 12, 31),
      LocalDate.of(1000, 1, 1),
      LocalDate.of(9999, 12, 31),
      LocalDate.of(10_000, 1, 1),
      LocalDate.of(-1, 1, 1),
      LocalDate.of(0, 1, 1)
    };
    byte[] out = new byte[20 + Digits.MAX_DATE];
    for (int i = 0; i < 20_000; i++) {
      LocalDate date =
          i < ends.length
              ? ends[i]
              : LocalDate.ofEpochDay(
                  random.nextLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay() + 1));
      if (i % 2 == 0 && i >= ends.length) {
        // as often, a year near ours
        date = LocalDate.ofEpochDay(random.nextLong(-800_000, 3_000_000));
      }
      int at = random.nextInt(20);
      int end = Digits.date(date, out, at);
      assertThat(new String(Arrays.copyOfRange(out, at, end), StandardCharsets.US_ASCII))
          .isEqualTo("\"" + date + "\"");
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {9, 20261203})
  void writesEveryDateOfAFourDigitYearAsLocalDateDoes(long seed) {
    System.out.println("DigitsTest seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    long first = LocalDate.of(1000, 1, 1).toEpochDay();
    long last = LocalDate.of(9999, 12, 31).toEpochDay();
    byte[] out = new byte[40];
    for (int i = 0; i < 20_000; i++) {
      LocalDate date =
          LocalDate.ofEpochDay(i < 2 ? (i == 0 ? first : last) : random.nextLong(first, last + 1));
      int at = random.nextInt(20);
      int end = Digits.date(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), out, at);
      assertThat(new String(Arrays.copyOfRange(out, at, end), StandardCharsets.US_ASCII))
          .isEqualTo("\"" + date + "\"");
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {10, 20261203})
  void writesEveryNumberThatIsNotNegativeAsLongToStringDoes(long seed) {
    System.out.println("DigitsTest seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    byte[] out = new byte[40];
    for (int i = 0; i < 20_000; i++) {
      long value = i == 0 ? Long.MAX_VALUE : random.nextLong(Long.MAX_VALUE) >>> random.nextInt(64);
      int at = random.nextInt(8);
      int end = Digits.write(value, Digits.count(value), out, at);
      assertThat(new String(Arrays.copyOfRange(out, at, end), StandardCharsets.US_ASCII))
          .isEqualTo(Long.toString(value));
    }
  }
}
