package org.communitygov.model.ledger;

import java.io.Serial;
import java.util.Objects;
import org.communitygov.model.common.CommunityGovException;

/**
 * Thrown when amounts of two different units meet in one operation, such as a sum of yuan and
 * hours. Its code is {@value #CODE}; it carries both units.
 *
 * @since 0.1.0
 */
public final class UnitMismatchException extends CommunityGovException {
  @Serial private static final long serialVersionUID = 1L;

  /** The stable code of this exception. */
  public static final String CODE = "amount.unitMismatch";

  private final String expected;
  private final String actual;

  /**
   * Creates the exception for an operation that expected one unit and met another.
   *
   * @param expected the unit the operation works in, not null
   * @param actual the unit it met, not null
   * @throws NullPointerException if an argument is null
   */
  public UnitMismatchException(Unit expected, Unit actual) {
    super(
        CODE,
        "amount: units differ, expected "
            + Objects.requireNonNull(expected, "expected").code()
            + " but was "
            + Objects.requireNonNull(actual, "actual").code());
    this.expected = expected.code();
    this.actual = actual.code();
  }

  /**
   * Returns the code of the unit the operation works in.
   *
   * @return the unit code, not null
   */
  public String expected() {
    return expected;
  }

  /**
   * Returns the code of the unit it met.
   *
   * @return the unit code, not null
   */
  public String actual() {
    return actual;
  }
}
