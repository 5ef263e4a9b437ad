package org.communitygov.rules.service.gap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.rules.engine.AbstractRule;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.FactMapping;
import org.communitygov.rules.engine.FactType;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.ParameterId;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.engine.StepSlot;
import org.communitygov.rules.engine.StepTemplate;

/**
 * The supply–demand gap of one community and category over a period (供需缺口): a shortage when there
 * were at least {@code service.gap.minRequests} requests and the share left unmet reached {@code
 * service.gap.shortageUnmetShare}; otherwise an oversupply when there is capacity and the share of
 * it used is below {@code service.gap.oversupplyUtilisation}; otherwise balanced.
 *
 * <p>Shares are rounded half up to four decimals and the rounded share is what is compared and
 * shown. All thresholds are defaults of the library (UNCONFIRMED): set local values. Facts: see
 * {@link GapFigures}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class GapClassification extends AbstractRule<GapFigures, GapResult> {
  /** The rule's id. */
  public static final String ID = "service.gap";

  /**
   * The thresholds, resolved once per place and date.
   *
   * @param minRequests the fewest requests from which a shortage is flagged
   * @param shortageUnmetShare the share of unmet requests that makes a shortage
   * @param oversupplyUtilisation the share of capacity used below which supply is excess
   */
  record Parameters(
      @ParameterId("service.gap.minRequests") ResolvedParameter<Integer> minRequests,
      @ParameterId("service.gap.shortageUnmetShare")
          ResolvedParameter<BigDecimal> shortageUnmetShare,
      @ParameterId("service.gap.oversupplyUtilisation")
          ResolvedParameter<BigDecimal> oversupplyUtilisation) {}

  private static final FactType<BigDecimal> DECIMAL =
      FactType.of(
          v -> v,
          (name, text) -> {
            try {
              return new BigDecimal(text.trim());
            } catch (NumberFormatException e) {
              throw FactType.invalid(name, "decimal", name + " must be a decimal number");
            }
          });

  private static final FactMapping<GapFigures> FACTS =
      FactMapping.builder(GapFigures.class, Figures::new, Figures::build)
          .required(
              "requests",
              FactType.integer(),
              GapFigures::requests,
              (b, v) -> b.requests = Optional.of(v))
          .required(
              "unmetRequests",
              FactType.integer(),
              GapFigures::unmetRequests,
              (b, v) -> b.unmetRequests = Optional.of(v))
          .required(
              "capacity", DECIMAL, GapFigures::capacity, (b, v) -> b.capacity = Optional.of(v))
          .required(
              "delivered", DECIMAL, GapFigures::delivered, (b, v) -> b.delivered = Optional.of(v))
          .build();

  private static final StepTemplate REQUESTS =
      StepTemplate.builder("service.gap.requests")
          .holding(StepSlot.fact("requests"), Operator.GE, StepSlot.parameter("minRequests"))
          .build();

  private static final StepTemplate UNMET_SHARE =
      StepTemplate.builder("service.gap.unmetShare")
          .fact("unmetRequests")
          .holding(
              StepSlot.fact("unmetShare"), Operator.GE, StepSlot.parameter("shortageUnmetShare"))
          .build();

  private static final StepTemplate NO_CAPACITY =
      StepTemplate.builder("service.gap.noCapacity").fact("capacity").build();

  private static final StepTemplate UTILISATION =
      StepTemplate.builder("service.gap.utilisation")
          .fact("delivered")
          .fact("capacity")
          .holding(
              StepSlot.fact("utilisation"),
              Operator.LT,
              StepSlot.parameter("oversupplyUtilisation"))
          .build();

  private static final GapClassification INSTANCE = new GapClassification();

  private GapClassification() {
    super(ID, "1", FACTS);
  }

  /**
   * Returns the rule.
   *
   * @return the rule, not null
   */
  public static GapClassification rule() {
    return INSTANCE;
  }

  @Override
  protected Decision<GapResult> decide(GapFigures figures, RuleContext context) {
    Parameters p = context.parameters(Parameters.class);
    int requests = figures.requests().orElseThrow();
    int unmet = figures.unmetRequests().orElseThrow();
    BigDecimal capacity = figures.capacity().orElseThrow();
    BigDecimal delivered = figures.delivered().orElseThrow();
    Map<String, String> details = new LinkedHashMap<>();
    details.put("requests", Integer.toString(requests));
    details.put("unmetRequests", Integer.toString(unmet));
    details.put("capacity", capacity.toPlainString());
    details.put("delivered", delivered.toPlainString());

    Step requestsStep =
        REQUESTS.with("requests", requests).with("minRequests", p.minRequests()).step();
    Step decisive = requestsStep;
    Step shareStep = null;
    if (requestsStep.holds()) {
      BigDecimal share = share(unmet, BigDecimal.valueOf(requests));
      details.put("unmetShare", share.toPlainString());
      shareStep =
          UNMET_SHARE
              .with("unmetRequests", unmet)
              .with("unmetShare", share)
              .with("shortageUnmetShare", p.shortageUnmetShare())
              .step();
      decisive = shareStep;
      if (shareStep.holds()) {
        return decided(GapStatus.SHORTAGE, details, List.of(requestsStep, shareStep), shareStep);
      }
    }
    List<Step> before =
        shareStep == null ? List.of(requestsStep) : List.of(requestsStep, shareStep);
    if (capacity.signum() == 0) {
      Step none = NO_CAPACITY.with("capacity", capacity).step();
      return decided(GapStatus.BALANCED, details, then(before, none), decisive);
    }
    BigDecimal utilisation = share(delivered, capacity);
    details.put("utilisation", utilisation.toPlainString());
    Step useStep =
        UTILISATION
            .with("delivered", delivered)
            .with("capacity", capacity)
            .with("utilisation", utilisation)
            .with("oversupplyUtilisation", p.oversupplyUtilisation())
            .step();
    return decided(
        useStep.holds() ? GapStatus.OVERSUPPLY : GapStatus.BALANCED,
        details,
        then(before, useStep),
        useStep);
  }

  private Decision<GapResult> decided(
      GapStatus status, Map<String, String> details, List<Step> steps, Step decisive) {
    return decided(new GapResult(status, details), steps, decisive);
  }

  private static List<Step> then(List<Step> steps, Step step) {
    return steps.size() == 1
        ? List.of(steps.get(0), step)
        : List.of(steps.get(0), steps.get(1), step);
  }

  /** A part of a whole, rounded half up to four decimals; 0 of nothing is 0. */
  static BigDecimal share(long part, BigDecimal whole) {
    return share(BigDecimal.valueOf(part), whole);
  }

  static BigDecimal share(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0
        ? BigDecimal.ZERO.setScale(4)
        : part.divide(whole, 4, RoundingMode.HALF_UP);
  }

  /** The figures as the mapping reads them; figures that break an invariant are refused. */
  private static final class Figures {
    Optional<Integer> requests = Optional.empty();
    Optional<Integer> unmetRequests = Optional.empty();
    Optional<BigDecimal> capacity = Optional.empty();
    Optional<BigDecimal> delivered = Optional.empty();

    GapFigures build() {
      try {
        return new GapFigures(requests, unmetRequests, capacity, delivered);
      } catch (IllegalArgumentException e) {
        throw InvalidValueException.of("gap", "figures", e.getMessage());
      }
    }
  }
}
