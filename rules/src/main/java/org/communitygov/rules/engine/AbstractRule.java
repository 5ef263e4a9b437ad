package org.communitygov.rules.engine;

import java.util.List;
import java.util.Objects;

/**
 * What every rule repeats, done once: its id and version, its facts through a declared {@link
 * FactMapping}, and the undetermined decision when a required fact is missing. A rule extends it
 * and writes {@link #decide} alone.
 *
 * <pre>{@code
 * public final class HeatingSubsidy extends AbstractRule<HeatingInput, Eligibility> {
 *   public HeatingSubsidy() {
 *     super("city.heating", "1", FACTS);
 *   }
 *
 *   protected Decision<Eligibility> decide(HeatingInput in, RuleContext context) {
 *     HeatingParameters p = context.parameters(HeatingParameters.class);
 *     Step income = BELOW.with("monthlyIncome", …).with("maxIncome", p.maxIncome()).step();
 *     return decided(income.holds() ? ELIGIBLE : NOT_ELIGIBLE, List.of(income), income);
 *   }
 * }
 * }</pre>
 *
 * <p>Subclasses must be immutable and thread-safe, as every {@link Rule}.
 *
 * @param <I> the type of the input
 * @param <O> the type of the outcome
 * @since 0.1.0
 */
public abstract class AbstractRule<I, O extends Outcome> implements Rule<I, O> {
  private static final Explanation NO_STEPS = Explanation.of(List.of());

  private final String id;
  private final String version;
  private final FactMapping<I> facts;

  /**
   * Makes the rule.
   *
   * @param id the rule's id, such as {@code city.heating}, not null
   * @param version the version of its logic, changed whenever the same input and parameters could
   *     give another decision, not null
   * @param facts the input's facts, not null
   */
  protected AbstractRule(String id, String version, FactMapping<I> facts) {
    this.id = Objects.requireNonNull(id, "id");
    this.version = Objects.requireNonNull(version, "version");
    this.facts = Objects.requireNonNull(facts, "facts");
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String version() {
    return version;
  }

  /**
   * Evaluates the rule: undetermined, naming them, when required facts are missing; otherwise
   * {@link #decide}.
   */
  @Override
  public final Decision<O> evaluate(I input, RuleContext context) {
    List<String> missing = facts.missing(input);
    if (!missing.isEmpty()) {
      return Decision.undetermined(id, missing, NO_STEPS);
    }
    return decide(input, context);
  }

  /**
   * Decides for an input that has every required fact. Decide from the steps shown ({@link
   * Step#holds()}), never from a second comparison.
   *
   * @param input the input, not null
   * @param context the parameters, jurisdiction and date, not null
   * @return the decision, not null
   */
  protected abstract Decision<O> decide(I input, RuleContext context);

  /**
   * Returns the decision of this rule.
   *
   * @param outcome the outcome, not null
   * @param steps the steps in order, not null
   * @param decisive the step that decided, one of {@code steps}, not null
   * @return the decision, not null
   */
  protected final Decision<O> decided(O outcome, List<Step> steps, Step decisive) {
    return Decision.of(id, outcome, Explanation.of(steps, decisive));
  }

  /**
   * Returns the decision of this rule, its explanation made of the steps collected without a copy
   * (see {@link Steps}).
   *
   * @param outcome the outcome, not null
   * @param steps the steps in order, which take no more afterwards, not null
   * @param decisive the step that decided, one of {@code steps}, not null
   * @return the decision, not null
   * @since 0.1.0
   */
  protected final Decision<O> decided(O outcome, Steps steps, Step decisive) {
    return Decision.of(id, outcome, Explanation.of(steps, decisive));
  }

  @Override
  public final Facts facts(I input) {
    return facts.facts(input);
  }

  @Override
  public final I input(Facts facts) {
    return this.facts.input(facts);
  }

  /**
   * Returns the id.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return id;
  }
}
