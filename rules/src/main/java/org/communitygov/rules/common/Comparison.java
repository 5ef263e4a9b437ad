package org.communitygov.rules.common;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A comparison an explanation step made: left, operator, right and whether it held.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Comparison {
  private final Operand left;
  private final Operator operator;
  private final Operand right;
  private final boolean result;

  private Comparison(Operand left, Operator operator, Operand right, boolean result) {
    this.left = left;
    this.operator = operator;
    this.right = right;
    this.result = result;
  }

  /**
   * Compares two operands: numerically when both values are numbers, otherwise as text (then only
   * {@link Operator#EQ} and {@link Operator#NE} are allowed).
   *
   * @param left the left side, not null
   * @param operator the operator, not null
   * @param right the right side, not null
   * @return the comparison with its result, not null
   * @throws IllegalArgumentException if an ordering operator is used on values that are not numbers
   */
  public static Comparison of(Operand left, Operator operator, Operand right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(right, "right");
    Object l = left.raw();
    Object r = right.raw();
    boolean result;
    if (l instanceof Integer a && r instanceof Integer b) {
      result = operator.test(Integer.compare(a, b));
    } else if (l instanceof BigDecimal a && r instanceof BigDecimal b) {
      result = operator.test(a.compareTo(b));
    } else {
      result = byText(left, operator, right);
    }
    return new Comparison(left, operator, right, result);
  }

  /** Numerically when both texts are numbers, otherwise as text (then only EQ and NE). */
  private static boolean byText(Operand left, Operator operator, Operand right) {
    BigDecimal l = number(left.value());
    BigDecimal r = number(right.value());
    if (l != null && r != null) {
      return operator.test(l.compareTo(r));
    } else if (operator == Operator.EQ || operator == Operator.NE) {
      return operator.test(left.value().equals(right.value()) ? 0 : 1);
    }
    throw new IllegalArgumentException(operator + " needs numbers: " + left + ", " + right);
  }

  private static BigDecimal number(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Returns the left side.
   *
   * @return the operand, not null
   */
  public Operand left() {
    return left;
  }

  /**
   * Returns the operator.
   *
   * @return the operator, not null
   */
  public Operator operator() {
    return operator;
  }

  /**
   * Returns the right side.
   *
   * @return the operand, not null
   */
  public Operand right() {
    return right;
  }

  /**
   * Returns whether {@code left operator right} held.
   *
   * @return the result
   */
  public boolean result() {
    return result;
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this
        || (obj instanceof Comparison other
            && other.left.equals(left)
            && other.operator == operator
            && other.right.equals(right));
  }

  @Override
  public int hashCode() {
    return Objects.hash(left, operator, right);
  }

  /**
   * Returns {@code left op right: result}, sensitive values masked.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return left + " " + operator.symbol() + " " + right + ": " + result;
  }
}
