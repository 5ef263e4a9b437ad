package org.communitygov.model.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A range of dates: from a start date, inclusive, to an end date, <em>exclusive</em>, or open-ended
 * (no end yet).
 *
 * <p>Half-open ranges compose without gaps or overlaps: a head who hands over on 1 June has the
 * range {@code 2019-03-01/2024-06-01} and the new head {@code 2024-06-01/..}; the two do not
 * overlap, and the old head's last day is 31 May. Use {@link #ofClosed} when the source records a
 * last day. A range is never empty: its end, when present, is after its start. In JSON it is {@code
 * {"start": "2019-03-01", "endExclusive": "2024-06-01"}}, with {@code endExclusive} absent when the
 * range is open-ended. See {@code docs/adr/0005-date-ranges.md}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class DateRange {
  private final LocalDate start;
  private final LocalDate end;

  private DateRange(LocalDate start, LocalDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * Obtains the range from {@code start}, inclusive, to {@code endExclusive}, exclusive.
   *
   * @param start the first day, not null
   * @param endExclusive the first day after the range, not null
   * @return the range, not null
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if {@code endExclusive} is not after {@code start}
   */
  public static DateRange of(LocalDate start, LocalDate endExclusive) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(endExclusive, "endExclusive");
    if (!endExclusive.isAfter(start)) {
      throw InvalidValueException.of(
          "endExclusive",
          "afterStart",
          "end " + endExclusive + " must be after start " + start + " (the end is exclusive)");
    }
    return new DateRange(start, endExclusive);
  }

  /**
   * Obtains the range from {@code start} to {@code lastDay}, both inclusive.
   *
   * @param start the first day, not null
   * @param lastDay the last day in the range, not before {@code start}, not null
   * @return the range, not null
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if {@code lastDay} is before {@code start}
   */
  public static DateRange ofClosed(LocalDate start, LocalDate lastDay) {
    Objects.requireNonNull(lastDay, "lastDay");
    return of(start, lastDay.plusDays(1));
  }

  /**
   * Obtains the open-ended range that starts on {@code start}.
   *
   * @param start the first day, not null
   * @return the range, not null
   * @throws NullPointerException if {@code start} is null
   */
  public static DateRange ofOpenEnded(LocalDate start) {
    return new DateRange(Objects.requireNonNull(start, "start"), null);
  }

  @JsonCreator
  static DateRange fromJson(
      @JsonProperty(value = "start", required = true) LocalDate start,
      @JsonProperty("endExclusive") Optional<LocalDate> endExclusive) {
    return endExclusive == null || endExclusive.isEmpty()
        ? ofOpenEnded(start)
        : of(start, endExclusive.get());
  }

  /**
   * Parses the ISO 8601 interval form {@code 2019-03-01/2024-06-01} (end exclusive) or {@code
   * 2019-03-01/..} (open-ended), as written by {@link #toString()}.
   *
   * @param text the text, not null
   * @return the range, not null
   * @throws NullPointerException if {@code text} is null
   * @throws InvalidValueException if the text is not of that form or the dates are not valid
   */
  public static DateRange parse(CharSequence text) {
    String s = Objects.requireNonNull(text, "text").toString();
    int slash = s.indexOf('/');
    if (slash < 0) {
      throw InvalidValueException.of("dateRange", "format", "expected START/END or START/..");
    }
    try {
      LocalDate start = LocalDate.parse(s.substring(0, slash));
      String rest = s.substring(slash + 1);
      return rest.equals("..") ? ofOpenEnded(start) : of(start, LocalDate.parse(rest));
    } catch (DateTimeParseException e) {
      throw InvalidValueException.of("dateRange", "date", "not an ISO 8601 date (yyyy-MM-dd)");
    }
  }

  /**
   * Returns the first day of the range.
   *
   * @return the start, not null
   */
  @JsonProperty("start")
  public LocalDate start() {
    return start;
  }

  /**
   * Returns the first day after the range, or empty if the range is open-ended.
   *
   * @return the exclusive end, not null
   */
  @JsonProperty("endExclusive")
  public Optional<LocalDate> endExclusive() {
    return Optional.ofNullable(end);
  }

  /**
   * Returns the last day in the range, or empty if the range is open-ended.
   *
   * @return the inclusive end, not null
   */
  @JsonIgnore
  public Optional<LocalDate> lastDay() {
    return end == null ? Optional.empty() : Optional.of(end.minusDays(1));
  }

  /**
   * Tells whether the range has no end.
   *
   * @return true if open-ended
   */
  @JsonIgnore
  public boolean isOpenEnded() {
    return end == null;
  }

  /**
   * Tells whether {@code date} lies in the range.
   *
   * @param date the date, not null
   * @return true if {@code start <= date} and, when there is an end, {@code date < end}
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(start) && (end == null || date.isBefore(end));
  }

  /**
   * Tells whether this range and {@code other} share at least one day.
   *
   * @param other the other range, not null
   * @return true if they overlap
   */
  public boolean overlaps(DateRange other) {
    Objects.requireNonNull(other, "other");
    return (other.end == null || start.isBefore(other.end))
        && (end == null || other.start.isBefore(end));
  }

  /**
   * Returns the days this range shares with {@code other}, or empty if they do not overlap.
   *
   * @param other the other range, not null
   * @return the intersection, not null
   */
  public Optional<DateRange> intersection(DateRange other) {
    if (!overlaps(other)) {
      return Optional.empty();
    }
    LocalDate from = start.isAfter(other.start) ? start : other.start;
    LocalDate to =
        end == null ? other.end : other.end == null || end.isBefore(other.end) ? end : other.end;
    return Optional.of(new DateRange(from, to));
  }

  /**
   * Returns a copy with the given exclusive end, or this range if the end is the same.
   *
   * @param endExclusive the new end, after the start, not null
   * @return the range, not null
   * @throws InvalidValueException if {@code endExclusive} is not after the start
   */
  public DateRange withEndExclusive(LocalDate endExclusive) {
    return endExclusive.equals(end) ? this : of(start, endExclusive);
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this
        || (obj instanceof DateRange other
            && other.start.equals(start)
            && Objects.equals(other.end, end));
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + Objects.hashCode(end);
  }

  /**
   * Returns the ISO 8601 interval form, {@code 2019-03-01/2024-06-01} or {@code 2019-03-01/..}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return start + "/" + (end == null ? ".." : end.toString());
  }
}
