package org.communitygov.model.common;

import java.io.Serial;

/**
 * The root of the exceptions communitygov throws for its own failures.
 *
 * <p>Each carries a stable {@linkplain #code() code} that callers and tools may key on; the message
 * is for people and may change. No message ever contains a raw sensitive value (a citizen ID, a
 * phone number, health data).
 *
 * @since 0.1.0
 */
public class CommunityGovException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  private final String code;

  /**
   * Creates an exception with a stable code and a message free of personal data.
   *
   * @param code the stable code, not null
   * @param message the message, not null
   */
  public CommunityGovException(String code, String message) {
    super(message);
    this.code = code;
  }

  /**
   * Creates an exception with a stable code, a message free of personal data, and a cause.
   *
   * @param code the stable code, not null
   * @param message the message, not null
   * @param cause the cause, not null
   */
  public CommunityGovException(String code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  /**
   * Returns the stable code of this failure, such as {@code citizenId.checkCharacter}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }
}
