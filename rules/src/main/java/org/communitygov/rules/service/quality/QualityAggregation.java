package org.communitygov.rules.service.quality;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.communitygov.model.service.Complaint;
import org.communitygov.model.service.DeliveryOutcome;
import org.communitygov.model.service.DeliveryRecord;
import org.communitygov.model.service.OrderEvent;
import org.communitygov.model.service.OrderStatus;
import org.communitygov.model.service.ProviderId;
import org.communitygov.model.service.RatingDimension;
import org.communitygov.model.service.SatisfactionFeedback;
import org.communitygov.model.service.ServiceOrder;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.service.shared.ReportPeriod;

/**
 * The quality figures of every provider over a period, aggregated record by record.
 *
 * <p>An order counts for its provider when it started (its first in-progress event) in the period,
 * on time when that was within {@code service.quality.onTimeHours} of its first event. A delivery
 * counts when it started in the period; feedback counts for the provider of its delivery, which
 * must have been added first (feedback on another delivery is counted as unplaced). A complaint's
 * resolution time runs from the feedback to its resolution, in whole hours. Mutable, not
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class QualityAggregation {
  private final ReportPeriod period;
  private final RuleContext context;
  private final Duration onTime;
  private final Map<ProviderId, Tally> providers = new HashMap<>();
  private final Map<String, Tally> deliveries = new HashMap<>();
  private long unplacedFeedback;

  private static final class Tally {
    long deliveries;
    long completed;
    long started;
    long onTime;
    final long[] ratings = new long[RatingDimension.values().length];
    final long[] sums = new long[RatingDimension.values().length];
    long complaints;
    long resolved;
    long resolutionHours;

    QualityFigures figures() {
      Map<RatingDimension, Long> counts = new EnumMap<>(RatingDimension.class);
      Map<RatingDimension, Long> total = new EnumMap<>(RatingDimension.class);
      for (RatingDimension d : RatingDimension.values()) {
        counts.put(d, ratings[d.ordinal()]);
        total.put(d, sums[d.ordinal()]);
      }
      return new QualityFigures(
          Optional.of(deliveries),
          completed,
          started,
          onTime,
          counts,
          total,
          complaints,
          resolved,
          resolutionHours);
    }
  }

  private QualityAggregation(ReportPeriod period, RuleContext context) {
    this.period = period;
    this.context = context;
    this.onTime = Duration.ofHours(ProviderQuality.onTimeHours(context));
  }

  /**
   * Starts an aggregation.
   *
   * @param period the period, not null
   * @param context the parameters, jurisdiction and date of the scores, not null
   * @return the aggregation, not null
   * @throws org.communitygov.rules.engine.MissingParameterException if the on-time limit has no
   *     value
   */
  public static QualityAggregation of(ReportPeriod period, RuleContext context) {
    return new QualityAggregation(period, context);
  }

  /**
   * Adds an order.
   *
   * @param order the order, not null
   */
  public void addOrder(ServiceOrder order) {
    Instant sent = order.events().get(0).at();
    for (OrderEvent event : order.events()) {
      if (event.status() == OrderStatus.IN_PROGRESS) {
        if (period.contains(event.at())) {
          Tally t = tally(order.provider());
          t.started++;
          if (Duration.between(sent, event.at()).compareTo(onTime) <= 0) {
            t.onTime++;
          }
        }
        return;
      }
    }
  }

  /**
   * Adds a delivery.
   *
   * @param delivery the delivery, not null
   */
  public void addDelivery(DeliveryRecord delivery) {
    if (!period.contains(delivery.start())) {
      return;
    }
    Tally t = tally(delivery.provider());
    t.deliveries++;
    if (delivery.outcome() == DeliveryOutcome.COMPLETED) {
      t.completed++;
    }
    deliveries.put(delivery.id().value(), t);
  }

  /**
   * Adds satisfaction feedback on a delivery added before.
   *
   * @param feedback the feedback, not null
   */
  public void addFeedback(SatisfactionFeedback feedback) {
    Tally t = deliveries.get(feedback.delivery().value());
    if (t == null) {
      unplacedFeedback++;
      return;
    }
    feedback
        .ratings()
        .forEach(
            (d, rating) -> {
              t.ratings[d.ordinal()]++;
              t.sums[d.ordinal()] += rating;
            });
    Optional<Complaint> complaint = feedback.complaint();
    if (complaint.isPresent()) {
      t.complaints++;
      Optional<Instant> resolved = complaint.get().resolvedAt();
      if (resolved.isPresent()) {
        t.resolved++;
        t.resolutionHours +=
            Math.max(0, Duration.between(feedback.givenAt(), resolved.get()).toHours());
      }
    }
  }

  /**
   * Scores every provider seen.
   *
   * @return the report, in order of provider id, not null
   */
  public QualityReport report() {
    Map<ProviderId, Tally> sorted = new TreeMap<>(providers);
    List<QualityRow> rows = new ArrayList<>(sorted.size());
    sorted.forEach(
        (provider, t) -> {
          QualityFigures figures = t.figures();
          rows.add(
              new QualityRow(provider, figures, ProviderQuality.rule().evaluate(figures, context)));
        });
    return new QualityReport(period, rows, unplacedFeedback);
  }

  private Tally tally(ProviderId provider) {
    return providers.computeIfAbsent(provider, p -> new Tally());
  }
}
