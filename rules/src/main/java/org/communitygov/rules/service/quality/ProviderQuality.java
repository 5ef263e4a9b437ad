package org.communitygov.rules.service.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.service.RatingDimension;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Explanation;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.Facts;
import org.communitygov.rules.engine.Operand;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.ParameterKey;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.Rule;
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
public final class ProviderQuality implements Rule<QualityFigures, QualityResult> {
  /** The rule's id. */
  public static final String ID = "service.quality";

  /** The fewest records behind a figure. */
  public static final ParameterKey<Integer> MIN_COUNT =
      ParameterKey.integer("service.quality.minCount");

  /** The fewest resolved complaints behind a mean resolution time. */
  public static final ParameterKey<Integer> MIN_RESOLVED =
      ParameterKey.integer("service.quality.minResolvedComplaints");

  /** The hours from dispatch within which an order that starts is on time. */
  public static final ParameterKey<Integer> ON_TIME_HOURS =
      ParameterKey.integer("service.quality.onTimeHours");

  private static final ProviderQuality INSTANCE = new ProviderQuality();

  private ProviderQuality() {}

  /**
   * Returns the rule.
   *
   * @return the rule, not null
   */
  public static ProviderQuality rule() {
    return INSTANCE;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String version() {
    return "1";
  }

  @Override
  public Decision<QualityResult> evaluate(QualityFigures in, RuleContext context) {
    if (in.deliveries().isEmpty()) {
      return Decision.undetermined(ID, List.of("deliveries"), Explanation.of(List.of()));
    }
    long deliveries = in.deliveries().get();
    ResolvedParameter<Integer> min = context.resolve(MIN_COUNT);
    Map<String, String> details = new LinkedHashMap<>();
    details.put("deliveries", Long.toString(deliveries));
    List<Step> steps = new ArrayList<>();
    Scored completion =
        figure(
            "service.quality.completion",
            Fact.of("completedDeliveries", in.completedDeliveries()),
            Fact.of("deliveries", deliveries),
            min,
            "completionRate",
            rate(in.completedDeliveries(), deliveries, 4));
    steps.add(completion.step);
    if (!completion.held) {
      return Decision.of(
          ID,
          new QualityResult(QualityResult.TOO_FEW_DELIVERIES, details),
          Explanation.of(steps, completion.step));
    }
    completion.into(details);
    details.put("startedOrders", Long.toString(in.startedOrders()));
    Scored onTime =
        figure(
            "service.quality.onTime",
            Fact.of("onTimeOrders", in.onTimeOrders()),
            Fact.of("startedOrders", in.startedOrders()),
            min,
            "onTimeRate",
            rate(in.onTimeOrders(), in.startedOrders(), 4));
    steps.add(
        onTime.held ? withParameter(onTime.step, context.resolve(ON_TIME_HOURS)) : onTime.step);
    onTime.into(details);
    for (RatingDimension d : RatingDimension.values()) {
      long count = in.ratingCounts().getOrDefault(d, 0L);
      if (count == 0) {
        continue;
      }
      details.put("ratings." + d, Long.toString(count));
      Scored rating =
          figure(
              "service.quality.rating",
              Fact.of("dimension", d),
              Fact.of("ratings", count),
              min,
              "meanRating." + d,
              rate(in.ratingSums().getOrDefault(d, 0L), count, 2));
      steps.add(rating.step);
      rating.into(details);
    }
    Scored complaints =
        figure(
            "service.quality.complaints",
            Fact.of("complaints", in.complaints()),
            Fact.of("deliveries", deliveries),
            min,
            "complaintRate",
            rate(in.complaints(), deliveries, 4));
    steps.add(complaints.step);
    complaints.into(details);
    if (in.complaints() > 0) {
      details.put("resolvedComplaints", Long.toString(in.resolvedComplaints()));
      Scored resolution =
          figure(
              "service.quality.resolution",
              Fact.of("resolutionHours", in.resolutionHours()),
              Fact.of("resolvedComplaints", in.resolvedComplaints()),
              context.resolve(MIN_RESOLVED),
              "meanResolutionHours",
              rate(in.resolutionHours(), in.resolvedComplaints(), 1));
      steps.add(resolution.step);
      resolution.into(details);
    }
    return Decision.of(
        ID,
        new QualityResult(QualityResult.SCORED, details),
        Explanation.of(steps, completion.step));
  }

  /** A figure's step: the count behind it against the minimum, and the figure if enough. */
  private record Scored(Step step, boolean held, String name, BigDecimal value) {
    void into(Map<String, String> details) {
      if (held) {
        details.put(name, value.toPlainString());
      }
    }
  }

  private static Scored figure(
      String id,
      Fact part,
      Fact basis,
      ResolvedParameter<Integer> min,
      String name,
      BigDecimal value) {
    Step.Builder step =
        Step.builder(id)
            .fact(part)
            .holding(Operand.of(basis), Operator.GE, Operand.of("minCount", min));
    boolean held = step.build().holds();
    if (held) {
      step.result(Fact.of(name, value));
    }
    return new Scored(step.build(), held, name, value);
  }

  private static Step withParameter(Step step, ResolvedParameter<Integer> hours) {
    Step.Builder copy = Step.builder(step.id());
    step.facts().forEach(copy::fact);
    step.comparison().ifPresent(copy::comparison);
    step.result().ifPresent(copy::result);
    return copy.parameter(hours).build();
  }

  /** A part of a whole, half up to a scale; 0 of nothing is 0. */
  static BigDecimal rate(long part, long whole, int scale) {
    return whole == 0
        ? BigDecimal.ZERO.setScale(scale)
        : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_UP);
  }

  @Override
  public Facts facts(QualityFigures input) {
    return input.facts();
  }

  @Override
  public QualityFigures input(Facts facts) {
    Set<String> known =
        new HashSet<>(
            Set.of(
                "deliveries",
                "completedDeliveries",
                "startedOrders",
                "onTimeOrders",
                "complaints",
                "resolvedComplaints",
                "resolutionHours"));
    Map<RatingDimension, Long> counts = new EnumMap<>(RatingDimension.class);
    Map<RatingDimension, Long> sums = new EnumMap<>(RatingDimension.class);
    for (RatingDimension d : RatingDimension.values()) {
      known.add("ratings." + d);
      known.add("ratingSum." + d);
      counts.put(d, count(facts, "ratings." + d));
      sums.put(d, count(facts, "ratingSum." + d));
    }
    org.communitygov.rules.needs.shared.FactReader.onlyKnown(facts, known);
    try {
      return new QualityFigures(
          facts.text("deliveries").map(t -> count(facts, "deliveries")),
          count(facts, "completedDeliveries"),
          count(facts, "startedOrders"),
          count(facts, "onTimeOrders"),
          counts,
          sums,
          count(facts, "complaints"),
          count(facts, "resolvedComplaints"),
          count(facts, "resolutionHours"));
    } catch (IllegalArgumentException e) {
      throw InvalidValueException.of("quality", "figures", e.getMessage());
    }
  }

  private static long count(Facts facts, String name) {
    String text = facts.text(name).orElse("0");
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw InvalidValueException.of(name, "integer", name + " must be a whole number");
    }
  }
}
