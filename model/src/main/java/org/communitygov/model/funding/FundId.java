package org.communitygov.model.funding;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.communitygov.model.common.Identifier;
import org.communitygov.model.common.InvalidValueException;

/**
 * The identifier of a fund (a grant, an appropriation, a donation, the community's own money).
 *
 * <p>A value of {@link Identifier#PATTERN} of at most 24 characters (so that the ledger's account
 * and entry ids built from it stay within an identifier's length), assigned by the issuing system;
 * never a citizen ID or a phone number.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FundId extends Identifier {
  /** The longest value, in characters. */
  public static final int MAX_LENGTH = 24;

  private static final long serialVersionUID = 1L;

  private FundId(String value) {
    super("fundId", value);
    if (value.length() > MAX_LENGTH) {
      throw InvalidValueException.of("fundId", "length", "at most " + MAX_LENGTH + " characters");
    }
  }

  /**
   * Obtains the identifier with the given value.
   *
   * @param value the value, not null
   * @return the identifier, not null
   * @throws NullPointerException if {@code value} is null
   * @throws InvalidValueException if {@code value} does not match {@link Identifier#PATTERN} or is
   *     longer than {@link #MAX_LENGTH} ({@code fundId.length})
   */
  @JsonCreator
  public static FundId of(String value) {
    return new FundId(value);
  }
}
