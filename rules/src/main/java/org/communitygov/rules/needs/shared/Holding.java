package org.communitygov.rules.needs.shared;

import org.communitygov.rules.engine.Comparison;
import org.communitygov.rules.engine.Operand;
import org.communitygov.rules.engine.Operator;

/**
 * Comparisons as explanations show them: always the relation that holds. *
 *
 * @deprecated a step shows the relation that holds with {@code Step.Builder.holding} (or a
 *     template's {@code holding}), and {@code Step.holds()} tells whether the asked one held
 */
@Deprecated(since = "0.1.0", forRemoval = true)
public final class Holding {
  private Holding() {}

  /**
   * Compares; when {@code left op right} does not hold, returns the comparison with the negated
   * operator, which does: the shown operator tells which way it went.
   */
  public static Comparison compare(Operand left, Operator op, Operand right) {
    Comparison c = Comparison.of(left, op, right);
    return c.result() ? c : Comparison.of(left, op.negate(), right);
  }
}
