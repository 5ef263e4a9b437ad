package org.communitygov.model.common;

import java.io.Serial;
import java.util.Currency;
import java.util.Objects;

/**
 * Thrown when money of two different currencies meets in one operation: a sum, a difference or a
 * comparison. Its code is {@value #CODE}.
 *
 * <p>It carries both currencies, so a caller can report them without parsing the message.
 *
 * @since 0.1.0
 */
public final class CurrencyMismatchException extends CommunityGovException {
  @Serial private static final long serialVersionUID = 1L;

  /** The stable code of this exception. */
  public static final String CODE = "money.currencyMismatch";

  private final Currency expected;
  private final Currency actual;

  /**
   * Creates the exception for an operation that expected one currency and met another.
   *
   * @param expected the currency the operation works in, not null
   * @param actual the currency it met, not null
   * @throws NullPointerException if an argument is null
   */
  public CurrencyMismatchException(Currency expected, Currency actual) {
    super(
        CODE,
        "money: currencies differ, expected "
            + Objects.requireNonNull(expected, "expected").getCurrencyCode()
            + " but was "
            + Objects.requireNonNull(actual, "actual").getCurrencyCode());
    this.expected = expected;
    this.actual = actual;
  }

  /**
   * Returns the currency the operation works in (that of the left-hand operand or the total).
   *
   * @return the expected currency, not null
   */
  public Currency expected() {
    return expected;
  }

  /**
   * Returns the currency the operation met.
   *
   * @return the actual currency, not null
   */
  public Currency actual() {
    return actual;
  }
}
