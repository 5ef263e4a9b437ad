package org.communitygov.model.points;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.communitygov.model.common.Identifier;
import org.communitygov.model.common.InvalidValueException;

/**
 * The identifier of a points transaction (its ledger transaction's id, such as {@code
 * acc:R2025-001}), the idempotency key of the movement.
 *
 * <p>A value of {@link Identifier#PATTERN}, assigned by the issuing system; never a citizen ID or a
 * phone number.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TransactionId extends Identifier {
  private static final long serialVersionUID = 1L;

  private TransactionId(String value) {
    super("transactionId", value);
  }

  /**
   * Obtains the identifier with the given value.
   *
   * @param value the value, not null
   * @return the identifier, not null
   * @throws NullPointerException if {@code value} is null
   * @throws InvalidValueException if {@code value} does not match {@link Identifier#PATTERN}
   */
  @JsonCreator
  public static TransactionId of(String value) {
    return new TransactionId(value);
  }
}
