package org.communitygov.rules.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule returns: its outcome, or the facts it missed, with the explanation.
 *
 * <p>A {@link DecisionStatus#DETERMINED determined} decision has an outcome; an {@link
 * DecisionStatus#UNDETERMINED undetermined} one names the missing facts and has none. This class is
 * immutable and thread-safe.
 *
 * @param <O> the type of the outcome
 * @since 0.1.0
 */
public final class Decision<O extends Outcome> {
  private final String ruleId;
  private final O outcome;
  private final List<String> missingFacts;
  private final Explanation explanation;

  private Decision(String ruleId, O outcome, List<String> missingFacts, Explanation explanation) {
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.outcome = outcome;
    this.missingFacts = List.copyOf(missingFacts);
    this.explanation = Objects.requireNonNull(explanation, "explanation");
  }

  /**
   * Obtains a determined decision.
   *
   * @param <O> the type of the outcome
   * @param ruleId the id of the rule that decided, not null
   * @param outcome the outcome, not null
   * @param explanation the explanation, not null
   * @return the decision, not null
   */
  public static <O extends Outcome> Decision<O> of(
      String ruleId, O outcome, Explanation explanation) {
    return new Decision<>(
        ruleId, Objects.requireNonNull(outcome, "outcome"), List.of(), explanation);
  }

  /**
   * Obtains an undetermined decision: the rule cannot decide without the missing facts.
   *
   * @param <O> the type of the outcome the rule would have given
   * @param ruleId the id of the rule, not null
   * @param missingFacts the names of the missing facts, at least one, not null
   * @param explanation the explanation of what was found so far, not null
   * @return the decision, not null
   * @throws IllegalArgumentException if no fact is named
   */
  public static <O extends Outcome> Decision<O> undetermined(
      String ruleId, List<String> missingFacts, Explanation explanation) {
    if (missingFacts.isEmpty()) {
      throw new IllegalArgumentException("an undetermined decision names the missing facts");
    }
    return new Decision<>(ruleId, null, missingFacts, explanation);
  }

  /**
   * Returns the id of the rule.
   *
   * @return the id, not null
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Returns whether the rule decided.
   *
   * @return the status, not null
   */
  public DecisionStatus status() {
    return outcome == null ? DecisionStatus.UNDETERMINED : DecisionStatus.DETERMINED;
  }

  /**
   * Returns the outcome, or empty if undetermined.
   *
   * @return the outcome, not null
   */
  public Optional<O> outcome() {
    return Optional.ofNullable(outcome);
  }

  /**
   * Returns the outcome of a determined decision.
   *
   * @return the outcome, not null
   * @throws IllegalStateException if the decision is undetermined, naming the missing facts
   */
  public O outcomeOrThrow() {
    if (outcome == null) {
      throw new IllegalStateException("undetermined; missing facts: " + missingFacts);
    }
    return outcome;
  }

  /**
   * Returns the names of the missing facts; empty if determined.
   *
   * @return the names, not null
   */
  public List<String> missingFacts() {
    return missingFacts;
  }

  /**
   * Returns the explanation.
   *
   * @return the explanation, not null
   */
  public Explanation explanation() {
    return explanation;
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this
        || (obj instanceof Decision<?> o
            && o.ruleId.equals(ruleId)
            && Objects.equals(o.outcome, outcome)
            && o.missingFacts.equals(missingFacts)
            && o.explanation.equals(explanation));
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, outcome, missingFacts, explanation);
  }

  /**
   * Returns the rule id and the outcome code or the missing facts; a code that tells sensitive
   * information ({@link Outcome#codeSensitivity()}) is {@code ***}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return ruleId
        + ": "
        + (outcome == null
            ? "UNDETERMINED, missing " + missingFacts
            : outcome.codeSensitivity().isPresent() ? "***" : outcome.code());
  }
}
