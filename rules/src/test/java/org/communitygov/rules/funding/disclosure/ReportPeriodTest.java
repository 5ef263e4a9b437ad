package org.communitygov.rules.funding.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Report periods: a year, a quarter or a month; any other text, or days out of order, refused. */
class ReportPeriodTest {
  @Test
  void aYearAQuarterAndAMonthAreParsedToTheirDays() {
    assertThat(ReportPeriod.parse("2026"))
        .isEqualTo(new ReportPeriod("2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    assertThat(ReportPeriod.parse("2026-Q4"))
        .isEqualTo(
            new ReportPeriod("2026-Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
    assertThat(ReportPeriod.parse("2028-02"))
        .isEqualTo(
            new ReportPeriod("2028-02", LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29)));
  }

  @Test
  void otherTextsAreRefused() {
    for (String text : new String[] {"26", "2026-Q5", "2026-13", "2026-00", "2026-7", "2026-W1"}) {
      assertThatThrownBy(() -> ReportPeriod.parse(text))
          .as(text)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a period is 2026, 2026-Q3 or 2026-07");
    }
  }

  @Test
  void aPeriodEndingBeforeItStartsIsRefusedAndOneOfOneDayIsNot() {
    LocalDate d = LocalDate.of(2026, 5, 1);
    assertThatThrownBy(() -> new ReportPeriod("x", d, d.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a period ends on or after its first day");
    assertThat(new ReportPeriod("x", d, d).last()).isEqualTo(d);
  }
}
