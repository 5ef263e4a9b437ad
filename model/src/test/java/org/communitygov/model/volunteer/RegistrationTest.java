package org.communitygov.model.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitygov.model.common.InvalidValues.assertInvalid;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.communitygov.model.common.InvalidValueException;
import org.junit.jupiter.api.Test;

class RegistrationTest {
  @Test
  void anAvailableTimeEndsAfterItStarts() {
    assertThat(
            AvailableTime.of(Set.of(DayOfWeek.SATURDAY), LocalTime.of(9, 0), LocalTime.of(12, 0))
                .end())
        .isEqualTo(LocalTime.NOON);
    assertInvalid(
        "availableTime.endBeforeStart",
        () -> AvailableTime.of(Set.of(DayOfWeek.SATURDAY), LocalTime.NOON, LocalTime.NOON));
  }

  static Evaluation evaluation() {
    return Evaluation.builder()
        .volunteer(VolunteerId.of("V-001"))
        .evaluator("受助老人")
        .rating(5)
        .date(LocalDate.of(2026, 3, 8))
        .comment("陪我看了心脏科")
        .build();
  }

  @Test
  void anEvaluationRatesOneToFiveAndHidesItsComment() {
    var evaluation = evaluation();
    assertThat(evaluation.toString()).doesNotContain("心脏");
    assertInvalid(
        "evaluation.rating", () -> Evaluation.builder().from(evaluation).rating(0).build());
    assertInvalid(
        "evaluation.rating", () -> Evaluation.builder().from(evaluation).rating(6).build());
    assertThatThrownBy(() -> Evaluation.builder().from(evaluation).rating(6).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.pointer()).contains("/rating"));
  }

  @Test
  void anEvaluationIsIdentifiedOnlyWhenItHasAnId() {
    assertThat(evaluation().id()).isEmpty();
    assertThat(
            Evaluation.builder()
                .from(evaluation())
                .id(EvaluationId.of("EV-2026-0001"))
                .build()
                .id())
        .contains(EvaluationId.of("EV-2026-0001"));
    assertInvalid("evaluationId.pattern", () -> EvaluationId.of("EV 2026 0001"));
  }

  @Test
  void aTrainingRecordHasNoNegativeHours() {
    var training =
        TrainingRecord.builder()
            .volunteer(VolunteerId.of("V-001"))
            .course("急救培训")
            .organiser(VolunteerFixtures.COMMITTEE)
            .date(LocalDate.of(2026, 4, 1))
            .hours(new BigDecimal("3"))
            .build();
    assertInvalid(
        "trainingRecord.hoursNegative",
        () -> TrainingRecord.builder().from(training).hours(BigDecimal.ONE.negate()).build());
  }

  @Test
  void identifiersRefuseACitizenIdShapedValueOnlyByThePattern() {
    assertInvalid("volunteerId.pattern", () -> VolunteerId.of("志愿者1"));
    assertInvalid("certificateNumber.pattern", () -> CertificateNumber.of(""));
    assertThat(OrganisationId.of("ORG-1").value()).isEqualTo("ORG-1");
  }
}
