package org.communitygov.rules.service.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.service.RatingDimension;
import org.communitygov.rules.engine.AbstractRule;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.FactMapping;
import org.communitygov.rules.engine.FactType;
import org.communitygov.rules.engine.ParameterId;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;

/**
 * The quality of a provider over a period (服务质量评价): completion rate, on-time rate, mean rating per
 * dimension, complaint rate and mean resolution time, each from the records behind it and only when
 * there are at least {@code service.quality.minCount} of them ({@code
 * service.quality.minResolvedComplaints} for the resolution time). A provider with fewer deliveries
 * than the minimum is not scored at all.
 *
 * <p>Rates are rounded half up to four decimals, mean ratings to two, hours to one. Thresholds are
 * defaults of the library (UNCONFIRMED). Facts: see {@link QualityFigures}. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class ProviderQuality extends AbstractRule<QualityFigures, QualityResult> {
  /** The rule's id. */
  public static final String ID = "service.quality";

  /**
   * The thresholds, resolved once per place and date.
   *
   * @param minCount the fewest records behind a figure
   * @param minResolved the fewest resolved complaints behind a mean resolution time
   * @param onTimeHours the hours from dispatch within which an order that starts is on time
   */
  record Parameters(
      @ParameterId("service.quality.minCount") ResolvedParameter<Integer> minCount,
      @ParameterId("service.quality.minResolvedComplaints") ResolvedParameter<Integer> minResolved,
      @ParameterId("service.quality.onTimeHours") ResolvedParameter<Integer> onTimeHours) {}

  private static final FactType<Long> COUNT =
      FactType.of(
          v -> v,
          (name, text) -> {
            try {
              return Long.valueOf(text.trim());
            } catch (NumberFormatException e) {
              throw FactType.invalid(name, "integer", name + " must be a whole number");
            }
          });

  private static final FactMapping<QualityFigures> FACTS = facts();

  private static final QualityStep COMPLETION =
      QualityStep.of(
          "service.quality.completion", "completedDeliveries", "deliveries", "completionRate");
  private static final QualityStep ON_TIME =
      QualityStep.withHours(
          "service.quality.onTime", "onTimeOrders", "startedOrders", "onTimeRate");
  private static final QualityStep COMPLAINTS =
      QualityStep.of("service.quality.complaints", "complaints", "deliveries", "complaintRate");
  private static final QualityStep RESOLUTION =
      QualityStep.of(
          "service.quality.resolution",
          "resolutionHours",
          "resolvedComplaints",
          "meanResolutionHours");
  private static final Map<RatingDimension, QualityStep> RATINGS = ratingSteps();

  private static final ProviderQuality INSTANCE = new ProviderQuality();

  private ProviderQuality() {
    super(ID, "1", FACTS);
  }

  /**
   * Returns the rule.
   *
   * @return the rule, not null
   */
  public static ProviderQuality rule() {
    return INSTANCE;
  }

  /**
   * Returns the hours from dispatch within which an order that starts is on time, where and when
   * the context is.
   *
   * @param context the context, not null
   * @return the hours
   */
  static int onTimeHours(RuleContext context) {
    return context.parameters(Parameters.class).onTimeHours().value();
  }

  @Override
  protected Decision<QualityResult> decide(QualityFigures in, RuleContext context) {
    Parameters p = context.parameters(Parameters.class);
    long deliveries = in.deliveries().orElseThrow();
    Map<String, String> details = new LinkedHashMap<>();
    details.put("deliveries", Long.toString(deliveries));
    List<Step> steps = new ArrayList<>();
    QualityStep.Scored completion =
        COMPLETION.scored(
            in.completedDeliveries(),
            deliveries,
            p.minCount(),
            rate(in.completedDeliveries(), deliveries, 4));
    steps.add(completion.step());
    if (!completion.held()) {
      return decided(
          new QualityResult(QualityResult.TOO_FEW_DELIVERIES, details), steps, completion.step());
    }
    completion.into(details);
    details.put("startedOrders", Long.toString(in.startedOrders()));
    QualityStep.Scored onTime =
        ON_TIME.scored(
            in.onTimeOrders(),
            in.startedOrders(),
            p.minCount(),
            rate(in.onTimeOrders(), in.startedOrders(), 4),
            p.onTimeHours());
    steps.add(onTime.step());
    onTime.into(details);
    for (RatingDimension d : RatingDimension.values()) {
      long count = in.ratingCounts().getOrDefault(d, 0L);
      if (count == 0) {
        continue;
      }
      details.put("ratings." + d, Long.toString(count));
      QualityStep.Scored rating =
          RATINGS
              .get(d)
              .scored(d, count, p.minCount(), rate(in.ratingSums().getOrDefault(d, 0L), count, 2));
      steps.add(rating.step());
      rating.into(details);
    }
    QualityStep.Scored complaints =
        COMPLAINTS.scored(
            in.complaints(), deliveries, p.minCount(), rate(in.complaints(), deliveries, 4));
    steps.add(complaints.step());
    complaints.into(details);
    if (in.complaints() > 0) {
      details.put("resolvedComplaints", Long.toString(in.resolvedComplaints()));
      QualityStep.Scored resolution =
          RESOLUTION.scored(
              in.resolutionHours(),
              in.resolvedComplaints(),
              p.minResolved(),
              rate(in.resolutionHours(), in.resolvedComplaints(), 1));
      steps.add(resolution.step());
      resolution.into(details);
    }
    return decided(new QualityResult(QualityResult.SCORED, details), steps, completion.step());
  }

  private static Map<RatingDimension, QualityStep> ratingSteps() {
    Map<RatingDimension, QualityStep> steps = new EnumMap<>(RatingDimension.class);
    for (RatingDimension d : RatingDimension.values()) {
      steps.put(
          d, QualityStep.of("service.quality.rating", "dimension", "ratings", "meanRating." + d));
    }
    return steps;
  }

  /** A part of a whole, half up to a scale; 0 of nothing is 0. */
  static BigDecimal rate(long part, long whole, int scale) {
    return whole == 0
        ? BigDecimal.ZERO.setScale(scale)
        : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_UP);
  }

  private static FactMapping<QualityFigures> facts() {
    var b =
        FactMapping.builder(QualityFigures.class, Counts::new, Counts::build)
            .required(
                "deliveries",
                COUNT,
                QualityFigures::deliveries,
                (c, v) -> c.deliveries = Optional.of(v));
    count(b, "completedDeliveries", QualityFigures::completedDeliveries, 0);
    count(b, "startedOrders", QualityFigures::startedOrders, 1);
    count(b, "onTimeOrders", QualityFigures::onTimeOrders, 2);
    for (RatingDimension d : RatingDimension.values()) {
      b.optional(
          "ratings." + d,
          COUNT,
          in -> nonZero(in.ratingCounts().getOrDefault(d, 0L)),
          (c, v) -> c.ratingCounts.put(d, v));
      b.optional(
          "ratingSum." + d,
          COUNT,
          in -> nonZero(in.ratingSums().getOrDefault(d, 0L)),
          (c, v) -> c.ratingSums.put(d, v));
    }
    count(b, "complaints", QualityFigures::complaints, 3);
    count(b, "resolvedComplaints", QualityFigures::resolvedComplaints, 4);
    count(b, "resolutionHours", QualityFigures::resolutionHours, 5);
    return b.build();
  }

  private static void count(
      FactMapping.Builder<QualityFigures, Counts> b,
      String name,
      Function<QualityFigures, Long> get,
      int index) {
    b.optional(name, COUNT, in -> nonZero(get.apply(in)), (c, v) -> c.counts[index] = v);
  }

  private static Optional<Long> nonZero(long value) {
    return value == 0 ? Optional.empty() : Optional.of(value);
  }

  /** The counts as the mapping reads them; a count not given is 0. */
  private static final class Counts {
    Optional<Long> deliveries = Optional.empty();
    // completed, started, on time, complaints, resolved, resolution hours
    final long[] counts = new long[6];
    final Map<RatingDimension, Long> ratingCounts = new EnumMap<>(RatingDimension.class);
    final Map<RatingDimension, Long> ratingSums = new EnumMap<>(RatingDimension.class);

    QualityFigures build() {
      try {
        return new QualityFigures(
            deliveries,
            counts[0],
            counts[1],
            counts[2],
            ratingCounts,
            ratingSums,
            counts[3],
            counts[4],
            counts[5]);
      } catch (IllegalArgumentException e) {
        throw InvalidValueException.of("quality", "figures", e.getMessage());
      }
    }
  }
}
