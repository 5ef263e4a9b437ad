package org.communitygov.rules.service.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WaitingTimesTest {
  @Nested
  class Percentiles {
    static LongStream seeds() {
      return LongStream.of(1L, 7L, 42L, 2026L, 99991L);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void areTheNearestRankPercentilesOfTheTimesRoundedToTheirBucket(long seed) {
      Random random = new Random(seed);
      WaitingTimes histogram = new WaitingTimes();
      List<Duration> rounded = new ArrayList<>();
      int n = 1 + random.nextInt(3000);
      for (int i = 0; i < n; i++) {
        // Mostly within a week, some up to two years.
        long seconds =
            random.nextInt(10) < 8
                ? random.nextInt(7 * 24 * 3600)
                : random.nextInt(2 * 365 * 24 * 3600);
        Duration wait = Duration.ofSeconds(seconds);
        histogram.add(wait);
        rounded.add(WaitingTimes.lowerBound(WaitingTimes.bucket(wait)));
      }
      Collections.sort(rounded);
      for (int p : new int[] {1, 10, 50, 90, 99, 100}) {
        int rank = (int) Math.ceil(p / 100.0 * n);
        assertThat(histogram.percentile(p))
            .as("seed %d, p%d of %d", seed, p, n)
            .contains(rounded.get(rank - 1));
      }
      assertThat(histogram.count()).isEqualTo(n);
    }

    @Test
    void areEmptyWithoutTimes() {
      assertThat(new WaitingTimes().percentile(50)).isEmpty();
    }

    @Test
    void ofTwoTimesTakeTheLowerAsTheMedian() {
      WaitingTimes w = new WaitingTimes();
      w.add(Duration.ofHours(3));
      w.add(Duration.ofHours(30));
      assertThat(w.percentile(50)).contains(Duration.ofHours(3));
      assertThat(w.percentile(90)).contains(Duration.ofHours(30));
    }
  }

  @Nested
  class Buckets {
    @Test
    void areWholeHoursInTheFirstWeekWholeDaysToAYearAndOneBeyond() {
      assertThat(WaitingTimes.bucket(Duration.ofMinutes(59))).isZero();
      assertThat(WaitingTimes.lowerBound(WaitingTimes.bucket(Duration.ofMinutes(150))))
          .isEqualTo(Duration.ofHours(2));
      assertThat(WaitingTimes.lowerBound(WaitingTimes.bucket(Duration.ofHours(7 * 24 - 1))))
          .isEqualTo(Duration.ofHours(167));
      assertThat(WaitingTimes.lowerBound(WaitingTimes.bucket(Duration.ofHours(8 * 24 + 5))))
          .isEqualTo(Duration.ofDays(8));
      assertThat(WaitingTimes.bucket(Duration.ofDays(364))).isEqualTo(WaitingTimes.BUCKETS - 2);
      assertThat(WaitingTimes.bucket(Duration.ofDays(5000))).isEqualTo(WaitingTimes.BUCKETS - 1);
      assertThat(WaitingTimes.lowerBound(WaitingTimes.BUCKETS - 1)).isEqualTo(Duration.ofDays(365));
    }

    @Test
    void countANegativeWaitAsNone() {
      assertThat(WaitingTimes.bucket(Duration.ofHours(-5))).isZero();
    }
  }

  @Nested
  class Merging {
    @Test
    void addsEveryTimeOfAnotherHistogramLongerOrShorter() {
      WaitingTimes hours = new WaitingTimes();
      hours.add(Duration.ofHours(1));
      hours.add(Duration.ofHours(2));
      WaitingTimes days = new WaitingTimes();
      days.add(Duration.ofDays(30));
      days.add(Duration.ofDays(40));
      days.add(Duration.ofDays(50));

      WaitingTimes all = new WaitingTimes();
      all.addAll(hours);
      all.addAll(days);
      all.addAll(hours);

      assertThat(all.count()).isEqualTo(7);
      assertThat(all.percentile(1)).contains(Duration.ofHours(1));
      assertThat(all.percentile(50)).contains(Duration.ofHours(2));
      assertThat(all.percentile(60)).contains(Duration.ofDays(30));
      assertThat(all.percentile(100)).contains(Duration.ofDays(50));
      assertThat(hours.count()).isEqualTo(2);
    }
  }

  @Nested
  class AskedForAPercentile {
    @Test
    void from1To100AndNoOther() {
      WaitingTimes w = new WaitingTimes();
      w.add(Duration.ofHours(3));
      assertThat(w.percentile(1)).contains(Duration.ofHours(3));
      assertThat(w.percentile(100)).contains(Duration.ofHours(3));
      for (int p : new int[] {0, 101, -5}) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> w.percentile(p))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("a percentile is 1 to 100: " + p);
      }
    }
  }
}
