package org.communitygov.rules.engine;

/**
 * A comparison operator of an explanation step.
 *
 * @since 0.1.0
 */
public enum Operator {
  /** Less than. */
  LT("<"),
  /** Less than or equal. */
  LE("≤"),
  /** Equal. */
  EQ("="),
  /** Not equal. */
  NE("≠"),
  /** Greater than or equal. */
  GE("≥"),
  /** Greater than. */
  GT(">");

  private final String symbol;

  Operator(String symbol) {
    this.symbol = symbol;
  }

  /**
   * Returns the mathematical symbol, such as {@code ≥}.
   *
   * @return the symbol, not null
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Applies the operator to the result of a {@code compareTo}.
   *
   * @param comparison negative, zero or positive as {@code left.compareTo(right)}
   * @return whether {@code left OP right} holds
   */
  public boolean test(int comparison) {
    return switch (this) {
      case LT -> comparison < 0;
      case LE -> comparison <= 0;
      case EQ -> comparison == 0;
      case NE -> comparison != 0;
      case GE -> comparison >= 0;
      case GT -> comparison > 0;
    };
  }

  /**
   * Returns the operator that holds exactly when this one does not: {@code <} for {@code ≥}, {@code
   * =} for {@code ≠}.
   *
   * @return the negated operator, not null
   * @since 0.1.0
   */
  public Operator negate() {
    return switch (this) {
      case LT -> GE;
      case LE -> GT;
      case EQ -> NE;
      case NE -> EQ;
      case GE -> LT;
      case GT -> LE;
    };
  }
}
