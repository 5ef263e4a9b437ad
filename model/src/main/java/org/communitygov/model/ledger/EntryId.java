package org.communitygov.model.ledger;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.communitygov.model.common.Identifier;
import org.communitygov.model.common.InvalidValueException;

/**
 * The identifier of an entry of a ledger (a transaction, a pending outcome, a period close, …); the
 * idempotency key of the entry.
 *
 * <p>A value of {@link Identifier#PATTERN}, assigned by the issuing system; never a citizen ID or a
 * phone number.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class EntryId extends Identifier {
  private static final long serialVersionUID = 1L;

  private EntryId(String value) {
    super("entryId", value);
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
  public static EntryId of(String value) {
    return new EntryId(value);
  }
}
