package org.communitygov.rules.engine;

/**
 * A rule as code: a pure function of an input, a date and a jurisdiction that returns a decision
 * with its explanation.
 *
 * <p>A rule reads parameters only through its {@link RuleContext}, shows every parameter value it
 * used in a step of the explanation, and never guesses: when an input fact is missing it returns an
 * {@linkplain Decision#undetermined undetermined} decision naming it. It converts its input to and
 * from named {@link Facts}, which is how decision records store inputs and rule cases give them.
 * Implementations are immutable and thread-safe.
 *
 * @param <I> the type of the input
 * @param <O> the type of the outcome
 * @since 0.1.0
 */
public interface Rule<I, O extends Outcome> {
  /**
   * Returns the stable id of the rule, such as {@code needs.elderAbility.gbt42195}.
   *
   * @return the id, not null
   */
  String id();

  /**
   * Returns the version of the rule's logic; it changes whenever the same input and parameters
   * could give another decision.
   *
   * @return the version, not null
   */
  String version();

  /**
   * Evaluates the rule.
   *
   * @param input the input, not null
   * @param context the parameters, jurisdiction and date, not null
   * @return the decision, not null
   * @throws MissingParameterException if a parameter the rule needs has no value there and then
   */
  Decision<O> evaluate(I input, RuleContext context);

  /**
   * Returns the input as named facts; {@code input(facts(x))} equals {@code x}.
   *
   * @param input the input, not null
   * @return the facts, not null
   */
  Facts facts(I input);

  /**
   * Reads the input from named facts; absent facts stay absent, so that evaluation can name them.
   *
   * @param facts the facts, not null
   * @return the input, not null
   * @throws org.communitygov.model.common.InvalidValueException if a fact's value is not valid
   */
  I input(Facts facts);
}
