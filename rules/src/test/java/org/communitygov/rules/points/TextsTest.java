package org.communitygov.rules.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {
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
