package org.communitygov.rules.needs.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoDateTest {
  static final long SEED = Long.getLong("communitygov.seed", 20261202L);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1975-05-05T00:00:00",
        "1975-05-05T00:00:00Z",
        "+10000-01-01",
        "-0001-01-01",
        "1975-5-05",
        "1975-02-30",
        "19750505",
        "[1975,5,5]",
        "1975/05/05",
        "1975-05/05",
        "19x5-05-05",
        "197/-05-05",
        "1975-0:-05",
        "1975-05-0:",
        ""
      })
  void rejectsEverythingButYyyyMmDd(String text) {
    assertThat(IsoDate.parse(text)).isEmpty();
  }

  @Test
  void readsTheYearZero() {
    assertThat(IsoDate.parse("0000-01-01")).contains(LocalDate.of(0, 1, 1));
  }

  @Test
  void readsEveryRealDateAsLocalDateParseDoes() {
    Random random = new Random(SEED);
    for (int i = 0; i < 5_000; i++) {
      LocalDate date = LocalDate.ofEpochDay(random.nextInt(3_000_000) - 719_528);
      assertThat(IsoDate.parse(date.toString())).as("seed %d", SEED).contains(date);
    }
  }
}
