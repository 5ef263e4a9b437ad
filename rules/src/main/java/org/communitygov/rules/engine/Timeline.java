package org.communitygov.rules.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The values of one parameter in one jurisdiction, sorted by effective date, for lookup by binary
 * search. Immutable.
 */
final class Timeline {
  private final LocalDate[] dates;
  private final DatedValue<?>[] values;

  private Timeline(List<DatedValue<?>> sorted) {
    this.values = sorted.toArray(new DatedValue<?>[0]);
    this.dates = new LocalDate[values.length];
    for (int i = 0; i < values.length; i++) {
      dates[i] = values[i].effectiveFrom();
    }
  }

  static Timeline of(DatedValue<?> value) {
    return new Timeline(List.of(value));
  }

  /** Returns the latest value whose effective date is on or before {@code date}. */
  Optional<DatedValue<?>> at(LocalDate date) {
    int i = Arrays.binarySearch(dates, date);
    int index = i >= 0 ? i : -i - 2;
    return index < 0 ? Optional.empty() : Optional.of(values[index]);
  }

  /** Returns the union of both timelines; on the same effective date, {@code other} wins. */
  Timeline merge(Timeline other) {
    List<DatedValue<?>> all = new ArrayList<>(List.of(other.values));
    for (DatedValue<?> mine : values) {
      if (Arrays.binarySearch(other.dates, mine.effectiveFrom()) < 0) {
        all.add(mine);
      }
    }
    all.sort(Comparator.comparing(DatedValue::effectiveFrom));
    return new Timeline(all);
  }

  List<DatedValue<?>> values() {
    return List.of(values);
  }
}
