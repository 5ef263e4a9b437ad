package org.communitygov.rules.service.gap;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The waiting times of one cell as a histogram of bounded size (ADR 0066): whole hours up to a
 * week, whole days from a week up to a year, and one bucket beyond. A percentile is exact at that
 * resolution: the nearest-rank percentile of the times rounded down to their bucket (an hour within
 * the first week, a day after it), never an estimate between buckets.
 *
 * <p>Mutable, not thread-safe: one aggregation fills it.
 */
final class WaitingTimes {
  /** Hours counted one by one: the first week. */
  static final int HOURS = 7 * 24;

  /** Days counted one by one after the first week, up to a year. */
  static final int DAYS = 365 - 7;

  /** The number of buckets: hours, days, and one for a year or more. */
  static final int BUCKETS = HOURS + DAYS + 1;

  // Grown to the highest bucket used, so a cell whose waits are all within a day keeps 24 counts.
  private int[] counts = new int[0];
  private long total;

  /** Adds one waiting time; a negative one (an order started before its request) counts as 0. */
  void add(Duration wait) {
    int bucket = bucket(wait);
    if (bucket >= counts.length) {
      counts = Arrays.copyOf(counts, Math.min(BUCKETS, Math.max(bucket + 1, counts.length * 2)));
    }
    counts[bucket]++;
    total++;
  }

  /** Adds every waiting time of another histogram. */
  void addAll(WaitingTimes other) {
    if (other.counts.length > counts.length) {
      counts = Arrays.copyOf(counts, other.counts.length);
    }
    for (int i = 0; i < other.counts.length; i++) {
      counts[i] += other.counts[i];
    }
    total += other.total;
  }

  /** The number of waiting times. */
  long count() {
    return total;
  }

  /**
   * The nearest-rank percentile: the smallest bucket at or below which at least {@code p} percent
   * of the times fall, as the bucket's lower bound.
   *
   * @param p the percentile, 1 to 100
   * @return the time, empty without times
   */
  Optional<Duration> percentile(int p) {
    if (p < 1 || p > 100) {
      throw new IllegalArgumentException("a percentile is 1 to 100: " + p);
    }
    if (total == 0) {
      return Optional.empty();
    }
    long rank = (total * p + 99) / 100; // ceil(p/100 × n), at least 1
    long seen = 0;
    for (int i = 0; i < counts.length; i++) {
      seen += counts[i];
      if (seen >= rank) {
        return Optional.of(lowerBound(i));
      }
    }
    throw new IllegalStateException("the counts do not add up to " + total);
  }

  static int bucket(Duration wait) {
    long hours = Math.max(0, wait.toHours());
    if (hours < HOURS) {
      return (int) hours;
    }
    long days = hours / 24;
    return days < 365 ? HOURS + (int) (days - 7) : BUCKETS - 1;
  }

  static Duration lowerBound(int bucket) {
    return bucket < HOURS
        ? Duration.ofHours(bucket)
        : Duration.ofDays(bucket == BUCKETS - 1 ? 365 : 7L + bucket - HOURS);
  }
}
