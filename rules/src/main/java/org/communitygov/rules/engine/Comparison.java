package org.communitygov.rules.engine;

import java.math.BigDecimal;
import java.util.Objects;
import org.communitygov.model.common.Money;
import org.jspecify.annotations.Nullable;

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
    Boolean result = test(left.raw(), operator, right.raw());
    if (result == null) {
      throw new IllegalArgumentException(operator + " needs numbers: " + left + ", " + right);
    }
    return new Comparison(left, operator, right, result);
  }

  /** A comparison whose result was found by {@link #test} when its step was made. */
  static Comparison ofResult(Operand left, Operator operator, Operand right, boolean result) {
    return new Comparison(left, operator, right, result);
  }

  /**
   * Whether {@code left operator right} holds for two values as given: numerically when both are
   * numbers ({@code Integer}s and {@code BigDecimal}s directly, anything else by its text in ASCII
   * digits), amounts of {@code Money} when both are (in one currency), else as text for {@link
   * Operator#EQ} and {@link Operator#NE}; null when an ordering operator meets a value that is not
   * a number.
   */
  static @Nullable Boolean test(Object left, Operator operator, Object right) {
    if (left instanceof Integer a && right instanceof Integer b) {
      return operator.test(Integer.compare(a, b));
    } else if (left instanceof BigDecimal a && right instanceof BigDecimal b) {
      return operator.test(a.compareTo(b));
    } else if (left instanceof Money a && right instanceof Money b) {
      return operator.test(a.compareTo(b)); // CurrencyMismatchException across currencies
    } else if (left instanceof Money || right instanceof Money) {
      return null; // money compares with money only
    }
    String l = Fact.text(left);
    String r = Fact.text(right);
    BigDecimal ln = number(l);
    BigDecimal rn = number(r);
    if (ln != null && rn != null) {
      return operator.test(ln.compareTo(rn));
    } else if (operator == Operator.EQ || operator == Operator.NE) {
      return operator.test(l.equals(r) ? 0 : 1);
    }
    return null;
  }

  /**
   * The number a text writes in ASCII ({@code 735}, {@code -1.5}, {@code 1E+3}), or null. A text
   * that cannot be a number (a code such as {@code ACTIVE}, digits of another script) is turned
   * away before {@link BigDecimal} is asked, so comparing codes costs no exception.
   */
  private static @Nullable BigDecimal number(String text) {
    if (!mayBeNumber(text)) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null; // e.g. "1-2": the right characters in a wrong order
    }
  }

  private static boolean mayBeNumber(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    if (!(isAsciiDigit(first) || first == '-' || first == '+' || first == '.')) {
      return false;
    }
    boolean digit = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isAsciiDigit(c)) {
        digit = true;
      } else if (c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
        return false;
      }
    }
    return digit;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
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
