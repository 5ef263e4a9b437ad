package org.communitygov.rules.ledger;

import java.io.Serial;
import org.communitygov.model.common.CommunityGovException;

/**
 * Thrown when a store cannot read or write its journal ({@value #IO}), another writer appended
 * first ({@value #CONFLICT}), or a journal file ends in a torn line ({@value #TORN}).
 *
 * @since 0.1.0
 */
public final class LedgerStoreException extends CommunityGovException {
  @Serial private static final long serialVersionUID = 1L;

  /** The code of a failure to read or write. */
  public static final String IO = "ledger.store.io";

  /** The code of an append that does not follow the store's head. */
  public static final String CONFLICT = "ledger.store.conflict";

  /** The code of a journal file whose last line is torn. */
  public static final String TORN = "ledger.store.torn";

  /**
   * Creates the exception.
   *
   * @param code one of the codes of this class, not null
   * @param message what failed, not null
   */
  public LedgerStoreException(String code, String message) {
    super(code, message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param code one of the codes of this class, not null
   * @param message what failed, not null
   * @param cause the cause, not null
   */
  public LedgerStoreException(String code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
