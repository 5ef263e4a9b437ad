package org.communitygov.rules.funding.disclosure;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The period of a disclosure report: a year ({@code 2026}), a quarter ({@code 2026-Q3}) or a month
 * ({@code 2026-07}), first and last day included.
 *
 * @param text the period as written, not null
 * @param first the first day, not null
 * @param last the last day, not null
 * @since 0.1.0
 */
public record ReportPeriod(String text, LocalDate first, LocalDate last) {
  /** Checks the days are in order. */
  public ReportPeriod {
    Objects.requireNonNull(text, "text");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("a period ends on or after its first day");
    }
  }

  /**
   * Parses {@code 2026}, {@code 2026-Q3} or {@code 2026-07}.
   *
   * @param text the text, not null
   * @return the period, not null
   * @throws IllegalArgumentException if the text is none of these
   */
  public static ReportPeriod parse(String text) {
    if (text.matches("\\d{4}")) {
      int year = Integer.parseInt(text);
      return new ReportPeriod(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
    if (text.matches("\\d{4}-Q[1-4]")) {
      int year = Integer.parseInt(text.substring(0, 4));
      int q = text.charAt(6) - '0';
      YearMonth start = YearMonth.of(year, q * 3 - 2);
      return new ReportPeriod(text, start.atDay(1), start.plusMonths(2).atEndOfMonth());
    }
    if (text.matches("\\d{4}-(0[1-9]|1[0-2])")) {
      YearMonth m = YearMonth.parse(text);
      return new ReportPeriod(text, m.atDay(1), m.atEndOfMonth());
    }
    throw new IllegalArgumentException("a period is 2026, 2026-Q3 or 2026-07");
  }

  /**
   * Tells whether a date is in the period.
   *
   * @param date the date, not null
   * @return true if on or after the first day and on or before the last
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(first) && !date.isAfter(last);
  }
}
