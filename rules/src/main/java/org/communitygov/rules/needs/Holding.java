package org.communitygov.rules.needs;

import org.communitygov.rules.common.Comparison;
import org.communitygov.rules.common.Operand;
import org.communitygov.rules.common.Operator;

/** Comparisons as explanations show them: always the relation that holds. */
final class Holding {
  private Holding() {}

  /**
   * Compares; when {@code left op right} does not hold, returns the comparison with the negated
   * operator, which does: the shown operator tells which way it went.
   */
  static Comparison compare(Operand left, Operator op, Operand right) {
    Comparison c = Comparison.of(left, op, right);
    return c.result() ? c : Comparison.of(left, op.negate(), right);
  }
}
