package org.communitygov.rules.ledger;

import java.io.Serial;
import org.communitygov.model.common.CommunityGovException;

/**
 * Thrown when bytes are not an entry, a journal line, a tree head or a proof of the documented
 * form. Its code is {@value #CODE}; the message says what is wrong, never the text read.
 *
 * @since 0.1.0
 */
public final class LedgerFormatException extends CommunityGovException {
  @Serial private static final long serialVersionUID = 1L;

  /** The stable code of this exception. */
  public static final String CODE = "ledger.format";

  /**
   * Creates the exception.
   *
   * @param message what is wrong, not null
   */
  public LedgerFormatException(String message) {
    super(CODE, message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what is wrong, not null
   * @param cause the cause, not null
   */
  public LedgerFormatException(String message, Throwable cause) {
    super(CODE, message, cause);
  }
}
