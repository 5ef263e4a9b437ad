package org.communitygov.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.model.common.InvalidValues.assertInvalid;

import java.time.Instant;
import java.util.Map;
import org.communitygov.model.common.InvalidValueException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SatisfactionFeedbackTest {
  static ImmutableSatisfactionFeedback.Builder rated(RatingDimension dimension, int rating) {
    return ImmutableSatisfactionFeedback.builder()
        .delivery(DeliveryId.of("D-1"))
        .givenAt(Instant.parse("2026-03-03T08:00:00Z"))
        .putRating(dimension, rating);
  }

  @Nested
  class ARating {
    @ParameterizedTest
    @ValueSource(ints = {1, 3, 5})
    void from1To5IsAccepted(int rating) {
      assertThat(rated(RatingDimension.OVERALL, rating).build().rating(RatingDimension.OVERALL))
          .contains(rating);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1, 10})
    void outside1To5IsRefusedNamingTheDimension(int rating) {
      InvalidValueException e =
          assertInvalid("ratings.range", () -> rated(RatingDimension.TIMELINESS, rating).build());
      assertThat(e.pointer()).contains("/ratings/TIMELINESS");
      assertThat(e.arguments()).containsEntry("rating", String.valueOf(rating));
    }
  }

  @Test
  void ratesAtLeastOneDimension() {
    assertInvalid(
        "ratings.empty", () -> rated(RatingDimension.OVERALL, 4).ratings(Map.of()).build());
  }

  @Nested
  class AComplaint {
    @Test
    void isResolvedWithATimeAndAResolutionTogether() {
      assertInvalid(
          "complaint.resolution",
          () -> Complaint.builder().summary("送餐迟到").resolution("已道歉").build());
      Complaint resolved =
          Complaint.builder()
              .summary("送餐迟到")
              .followUp("联系了配送员")
              .resolution("调整了路线")
              .resolvedAt(Instant.parse("2026-03-04T08:00:00Z"))
              .build();
      assertThat(resolved.isResolved()).isTrue();
      assertThat(resolved.toString()).doesNotContain("送餐").doesNotContain("路线");
    }
  }
}
