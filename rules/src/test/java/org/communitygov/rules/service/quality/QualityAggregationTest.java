package org.communitygov.rules.service.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.rules.service.ServiceRecords.KITCHEN;
import static org.communitygov.rules.service.ServiceRecords.delivery;
import static org.communitygov.rules.service.ServiceRecords.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.communitygov.model.service.Complaint;
import org.communitygov.model.service.DeliveryId;
import org.communitygov.model.service.DeliveryOutcome;
import org.communitygov.model.service.RatingDimension;
import org.communitygov.model.service.SatisfactionFeedback;
import org.communitygov.rules.engine.Jurisdiction;
import org.communitygov.rules.engine.ParameterSet;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.service.shared.ReportPeriod;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QualityAggregationTest {
  static final ReportPeriod Q2 =
      ReportPeriod.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));
  static final RuleContext CONTEXT =
      RuleContext.of(
          ParameterSet.defaults(), Jurisdiction.parse("500103"), LocalDate.of(2026, 6, 30));
  static final Instant APRIL = Instant.parse("2026-04-10T01:00:00Z");

  static SatisfactionFeedback feedback(String delivery, int overall, Complaint complaint) {
    var b =
        SatisfactionFeedback.builder()
            .delivery(DeliveryId.of(delivery))
            .givenAt(APRIL.plusSeconds(86400))
            .ratings(Map.of(RatingDimension.OVERALL, overall));
    if (complaint != null) {
      b.complaint(complaint);
    }
    return b.build();
  }

  /**
   * 12 deliveries (one partial), 10 orders (7 started within 48 hours), 11 ratings, 2 complaints.
   */
  static QualityReport kitchen() {
    QualityAggregation q = QualityAggregation.of(Q2, CONTEXT);
    for (int i = 0; i < 10; i++) {
      q.addOrder(order("O" + i, "R" + i, "S", APRIL, i < 7 ? 48 : 49));
    }
    q.addOrder(
        order("O-LATE", "R", "S", Instant.parse("2026-06-30T10:00:00Z"), 48)); // starts in July
    for (int i = 0; i < 12; i++) {
      q.addDelivery(
          delivery(
              "D" + i,
              "O0",
              APRIL,
              "1",
              i == 0 ? DeliveryOutcome.PARTIAL : DeliveryOutcome.COMPLETED));
    }
    q.addDelivery(
        delivery(
            "D-MARCH",
            "O0",
            Instant.parse("2026-03-31T01:00:00Z"),
            "1",
            DeliveryOutcome.COMPLETED));
    for (int i = 0; i < 11; i++) {
      q.addFeedback(feedback("D" + i, i < 10 ? 5 : 1, null));
    }
    q.addFeedback(
        feedback(
            "D0",
            2,
            Complaint.builder()
                .summary("饭菜凉了")
                .resolution("已更换保温箱")
                .resolvedAt(APRIL.plusSeconds(86400 + 30 * 3600))
                .build()));
    q.addFeedback(feedback("D1", 3, Complaint.builder().summary("迟到").build()));
    q.addFeedback(feedback("D-MARCH", 5, null));
    return q.report();
  }

  @Nested
  class Figures {
    @Test
    void countTheDeliveriesOrdersRatingsAndComplaintsOfThePeriod() {
      QualityReport report = kitchen();
      assertThat(report.rows()).hasSize(1);
      QualityFigures f = report.rows().get(0).figures();
      assertThat(f.deliveries()).contains(12L);
      assertThat(f.completedDeliveries()).isEqualTo(11);
      assertThat(f.startedOrders()).isEqualTo(10);
      assertThat(f.onTimeOrders()).isEqualTo(7);
      assertThat(f.ratingCounts()).containsEntry(RatingDimension.OVERALL, 13L);
      assertThat(f.ratingSums()).containsEntry(RatingDimension.OVERALL, 56L);
      assertThat(f.complaints()).isEqualTo(2);
      assertThat(f.resolvedComplaints()).isEqualTo(1);
      assertThat(f.resolutionHours()).isEqualTo(30);
      assertThat(report.unplacedFeedback()).isEqualTo(1);
      assertThat(report.rows().get(0).provider()).isEqualTo(KITCHEN);
    }

    @Test
    void areScoredWhereEnoughRecordsStandBehindThem() {
      Map<String, String> details = kitchen().rows().get(0).decision().outcomeOrThrow().details();
      assertThat(details)
          .containsEntry("completionRate", "0.9167")
          .containsEntry("onTimeRate", "0.7000")
          .containsEntry("meanRating.OVERALL", "4.31")
          .containsEntry("complaintRate", "0.1667")
          .doesNotContainKey("meanResolutionHours");
    }
  }
}
