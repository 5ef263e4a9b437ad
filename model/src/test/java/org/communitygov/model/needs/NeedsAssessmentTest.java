package org.communitygov.model.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.household.HouseholdId;
import org.communitygov.model.household.PersonId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NeedsAssessmentTest {
  static ImmutableNeedsAssessment.Builder valid() {
    return NeedsAssessment.builder()
        .id(AssessmentId.of("a-1"))
        .person(PersonId.of("p-1"))
        .date(LocalDate.of(2024, 6, 1))
        .instrument(Instrument.GB_T_42195_2022)
        .addAssessor("王芳")
        .reason(AssessmentReason.FIRST)
        .itemScores(Map.of("B.1.1", 3))
        .resultLevel(2);
  }

  @Nested
  class AnAssessment {
    @Test
    void isBuiltFromValidParts() {
      assertThat(valid().build().itemScores()).containsEntry("B.1.1", 3);
    }

    @Test
    void needsAnAssessor() {
      assertThatThrownBy(() -> valid().assessors(java.util.List.of()).build())
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.code()).isEqualTo("assessors.notEmpty"));
    }

    @Test
    void rejectsNegativeScores() {
      assertThatThrownBy(() -> valid().itemScores(Map.of("B.1.1", -1)).build())
          .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void keepsHealthDataOutOfToString() {
      assertThat(valid().build().toString())
          .doesNotContain("B.1.1")
          .doesNotContain("resultLevel=2");
    }
  }

  @Nested
  class AProfile {
    static final Need MEAL =
        Need.builder()
            .category(NeedCategory.MEAL_ASSISTANCE)
            .priority(NeedPriority.HIGH)
            .assessment(AssessmentId.of("a-1"))
            .build();

    @Test
    void isOfExactlyOnePersonOrHousehold() {
      assertThatThrownBy(() -> NeedsProfile.builder().asOf(LocalDate.of(2024, 1, 1)).build())
          .isInstanceOf(InvalidValueException.class);
      assertThatThrownBy(
              () ->
                  NeedsProfile.builder()
                      .person(PersonId.of("p"))
                      .household(HouseholdId.of("h"))
                      .asOf(LocalDate.of(2024, 1, 1))
                      .build())
          .isInstanceOf(InvalidValueException.class);
      assertThat(
              NeedsProfile.builder()
                  .household(HouseholdId.of("h"))
                  .asOf(LocalDate.of(2024, 1, 1))
                  .addNeed(MEAL)
                  .build()
                  .toString())
          .doesNotContain("MEAL_ASSISTANCE");
    }

    @Test
    void needsComeFromAnAssessmentOrEvidence() {
      assertThatThrownBy(
              () -> Need.builder().category(NeedCategory.LEGAL).priority(NeedPriority.LOW).build())
          .isInstanceOfSatisfying(
              InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("need.source"));
      assertThat(
              Need.builder()
                  .category(NeedCategory.LEGAL)
                  .priority(NeedPriority.LOW)
                  .evidence("居民议事会 2024-03")
                  .build()
                  .evidence())
          .isPresent();
    }
  }
}
