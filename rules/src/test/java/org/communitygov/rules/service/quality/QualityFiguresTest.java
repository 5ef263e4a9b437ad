package org.communitygov.rules.service.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.service.RatingDimension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The counts behind a quality score: none negative, no part more than its whole. */
class QualityFiguresTest {
  static final RatingDimension DIMENSION = RatingDimension.values()[0];

  /**
   * deliveries (-: unknown), completed, started, on time, ratings, complaints, resolved, hours;
   * whether they are accepted.
   */
  @ParameterizedTest
  @CsvSource({
    "10, 10, 5, 5, 3, 2, 2, 7, true",
    "0, 0, 0, 0, 0, 0, 0, 0, true",
    "-, 12, 0, 0, 0, 0, 0, 0, true",
    "-1, 0, 0, 0, 0, 0, 0, 0, false",
    "10, -1, 0, 0, 0, 0, 0, 0, false",
    "10, 11, 0, 0, 0, 0, 0, 0, false",
    "10, 10, 5, -1, 0, 0, 0, 0, false",
    "10, 10, 5, 6, 0, 0, 0, 0, false",
    "10, 10, 5, 5, -1, 0, 0, 0, false",
    "10, 10, 5, 5, 0, -1, 0, 0, false",
    "10, 10, 5, 5, 0, 2, -1, 0, false",
    "10, 10, 5, 5, 0, 2, 3, 0, false",
    "10, 10, 5, 5, 0, 2, 2, -1, false"
  })
  void areCheckedPartByPart(
      String deliveries,
      long completed,
      long started,
      long onTime,
      long ratings,
      long complaints,
      long resolved,
      long hours,
      boolean accepted) {
    Optional<Long> all =
        deliveries.equals("-") ? Optional.empty() : Optional.of(Long.parseLong(deliveries));
    Map<RatingDimension, Long> counts = new EnumMap<>(RatingDimension.class);
    counts.put(DIMENSION, ratings);
    Map<RatingDimension, Long> sums = new EnumMap<>(RatingDimension.class);
    sums.put(DIMENSION, Math.max(0, ratings) * 4);
    Runnable make =
        () ->
            new QualityFigures(
                all, completed, started, onTime, counts, sums, complaints, resolved, hours);

    if (accepted) {
      QualityFigures f =
          new QualityFigures(
              all, completed, started, onTime, counts, sums, complaints, resolved, hours);
      assertThat(f.ratingCounts()).containsEntry(DIMENSION, ratings);
      assertThat(f.completedDeliveries()).isEqualTo(completed);
    } else {
      assertThatThrownBy(make::run)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("quality counts are not negative and no part is more than its whole");
    }
  }
}
