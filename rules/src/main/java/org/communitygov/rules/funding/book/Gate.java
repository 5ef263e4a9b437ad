package org.communitygov.rules.funding.book;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Explanation;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.Operand;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.Step;

/**
 * The checks of one funding decision in order: each is a step whose comparison must hold; the first
 * that does not is the decisive step of a refusal, and nothing after it is checked. The explanation
 * is the steps that were checked (ADR 0040: the decision is read from the steps).
 */
final class Gate {
  /** The id of the funding decisions. */
  static final String RULE = "funding.post";

  private final String action;
  private final List<Step> steps = new ArrayList<>();
  private FundingRefusal failed;

  Gate(String action) {
    this.action = action;
  }

  /** Checks {@code left op right} as step {@code id}; false (and refused) if it does not hold. */
  boolean check(
      String id, FundingRefusal refusal, Fact left, Operator op, Fact right, Fact... context) {
    if (failed != null) {
      return false;
    }
    Step.Builder b = Step.builder(id);
    for (Fact f : context) {
      b.fact(f);
    }
    Step step = b.holding(Operand.of(left), op, Operand.of(right)).build();
    steps.add(step);
    if (!step.holds()) {
      failed = refusal;
    }
    return failed == null;
  }

  /** Requires a condition as step {@code id}: {@code name = true}. */
  boolean require(String id, FundingRefusal refusal, String name, boolean value, Fact... context) {
    return check(id, refusal, fact(name, value), Operator.EQ, fact("required", true), context);
  }

  /** Checks {@code left op right} as step {@code id}, showing the parameter it applies. */
  boolean check(
      String id,
      FundingRefusal refusal,
      Fact left,
      Operator op,
      Fact right,
      ResolvedParameter<?> parameter,
      Fact... context) {
    if (failed != null) {
      return false;
    }
    Step.Builder b = Step.builder(id);
    for (Fact f : context) {
      b.fact(f);
    }
    Step step = b.parameter(parameter).holding(Operand.of(left), op, Operand.of(right)).build();
    steps.add(step);
    if (!step.holds()) {
      failed = refusal;
    }
    return failed == null;
  }

  /** Adds a step that only shows facts (a flag, what is posted). */
  void note(Step step) {
    steps.add(step);
  }

  boolean passed() {
    return failed == null;
  }

  Optional<FundingRefusal> failed() {
    return Optional.ofNullable(failed);
  }

  /** The refusal, decided by the last step. */
  Decision<FundingOutcome> refusal() {
    return Decision.of(
        RULE,
        FundingOutcome.refused(action, failed),
        Explanation.of(steps.subList(0, steps.size() - 1))
            .thenDecisive(steps.get(steps.size() - 1)));
  }

  /** The decision to post. */
  Decision<FundingOutcome> posting(FundingOutcome outcome) {
    return Decision.of(RULE, outcome, Explanation.of(List.copyOf(steps)));
  }

  static Fact fact(String name, Object value) {
    return Fact.of(name, value);
  }
}
