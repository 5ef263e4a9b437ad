package org.communitygov.rules.service.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.communitygov.model.common.InvalidValueException;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {
  @Test
  void mayBeOneDayAndPrintsItsFirstAndLastDay() {
    LocalDate day = LocalDate.of(2026, 6, 30);

    assertThat(ReportPeriod.of(day, day).days()).isEqualTo(1);
    assertThat(ReportPeriod.of(LocalDate.of(2026, 4, 1), day)).hasToString("2026-04-01/2026-06-30");
  }

  @Test
  void mayNotEndBeforeItsFirstDay() {
    LocalDate day = LocalDate.of(2026, 6, 30);

    assertThat(
            catchThrowableOfType(
                    InvalidValueException.class, () -> ReportPeriod.of(day, day.minusDays(1)))
                .code())
        .isEqualTo("period.order");
  }
}
