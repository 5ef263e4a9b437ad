package org.communitygov.rules.service.gap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communitygov.model.common.InvalidValueException;
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
import org.communitygov.rules.needs.shared.FactReader;

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
public final class GapClassification implements Rule<GapFigures, GapResult> {
  /** The rule's id. */
  public static final String ID = "service.gap";

  /** The fewest requests from which a shortage is flagged. */
  public static final ParameterKey<Integer> MIN_REQUESTS =
      ParameterKey.integer("service.gap.minRequests");

  /** The share of unmet requests that makes a shortage. */
  public static final ParameterKey<BigDecimal> SHORTAGE_UNMET_SHARE =
      ParameterKey.decimal("service.gap.shortageUnmetShare");

  /** The share of capacity used below which supply is excess. */
  public static final ParameterKey<BigDecimal> OVERSUPPLY_UTILISATION =
      ParameterKey.decimal("service.gap.oversupplyUtilisation");

  private static final GapClassification INSTANCE = new GapClassification();
  private static final Set<String> FACTS =
      Set.of("requests", "unmetRequests", "capacity", "delivered");

  private GapClassification() {}

  /**
   * Returns the rule.
   *
   * @return the rule, not null
   */
  public static GapClassification rule() {
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
  public Decision<GapResult> evaluate(GapFigures figures, RuleContext context) {
    List<String> missing = figures.missing();
    if (!missing.isEmpty()) {
      return Decision.undetermined(ID, missing, Explanation.of(List.of()));
    }
    int requests = figures.requests().orElseThrow();
    int unmet = figures.unmetRequests().orElseThrow();
    BigDecimal capacity = figures.capacity().orElseThrow();
    BigDecimal delivered = figures.delivered().orElseThrow();
    Map<String, String> details = new LinkedHashMap<>();
    details.put("requests", Integer.toString(requests));
    details.put("unmetRequests", Integer.toString(unmet));
    details.put("capacity", capacity.toPlainString());
    details.put("delivered", delivered.toPlainString());

    ResolvedParameter<Integer> minRequests = context.resolve(MIN_REQUESTS);
    Step requestsStep =
        Step.builder("service.gap.requests")
            .holding(
                Operand.of(Fact.of("requests", requests)),
                Operator.GE,
                Operand.of("minRequests", minRequests))
            .build();
    Explanation explanation = Explanation.of(List.of(requestsStep));
    Step decisive = requestsStep;
    if (requestsStep.holds()) {
      BigDecimal share = share(unmet, BigDecimal.valueOf(requests));
      details.put("unmetShare", share.toPlainString());
      Step shareStep =
          Step.builder("service.gap.unmetShare")
              .fact(Fact.of("unmetRequests", unmet))
              .holding(
                  Operand.of(Fact.of("unmetShare", share)),
                  Operator.GE,
                  Operand.of("shortageUnmetShare", context.resolve(SHORTAGE_UNMET_SHARE)))
              .build();
      explanation = explanation.then(shareStep);
      decisive = shareStep;
      if (shareStep.holds()) {
        return decided(GapStatus.SHORTAGE, details, Explanation.of(explanation.steps(), shareStep));
      }
    }
    if (capacity.signum() == 0) {
      Step none =
          Step.builder("service.gap.noCapacity").fact(Fact.of("capacity", capacity)).build();
      return decided(
          GapStatus.BALANCED, details, Explanation.of(explanation.then(none).steps(), decisive));
    }
    BigDecimal utilisation = share(delivered, capacity);
    details.put("utilisation", utilisation.toPlainString());
    Step useStep =
        Step.builder("service.gap.utilisation")
            .fact(Fact.of("delivered", delivered))
            .fact(Fact.of("capacity", capacity))
            .holding(
                Operand.of(Fact.of("utilisation", utilisation)),
                Operator.LT,
                Operand.of("oversupplyUtilisation", context.resolve(OVERSUPPLY_UTILISATION)))
            .build();
    return decided(
        useStep.holds() ? GapStatus.OVERSUPPLY : GapStatus.BALANCED,
        details,
        Explanation.of(explanation.then(useStep).steps(), useStep));
  }

  private static Decision<GapResult> decided(
      GapStatus status, Map<String, String> details, Explanation explanation) {
    return Decision.of(ID, new GapResult(status, details), explanation);
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

  @Override
  public Facts facts(GapFigures input) {
    return input.facts();
  }

  @Override
  public GapFigures input(Facts facts) {
    FactReader.onlyKnown(facts, FACTS);
    try {
      return new GapFigures(
          FactReader.integer(facts, "requests"),
          FactReader.integer(facts, "unmetRequests"),
          decimal(facts, "capacity"),
          decimal(facts, "delivered"));
    } catch (IllegalArgumentException e) {
      throw InvalidValueException.of("gap", "figures", e.getMessage());
    }
  }

  private static Optional<BigDecimal> decimal(Facts facts, String name) {
    return facts
        .text(name)
        .map(
            text -> {
              try {
                return new BigDecimal(text.trim());
              } catch (NumberFormatException e) {
                throw InvalidValueException.of(name, "decimal", name + " must be a decimal number");
              }
            });
  }
}
