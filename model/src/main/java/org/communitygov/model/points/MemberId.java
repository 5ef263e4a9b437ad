package org.communitygov.model.points;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.communitygov.model.common.Identifier;
import org.communitygov.model.common.InvalidValueException;

/**
 * The identifier of a member of a points scheme or time bank (a volunteer or resident who holds an
 * account).
 *
 * <p>A value of {@link Identifier#PATTERN}, assigned by the issuing system; never a citizen ID or a
 * phone number.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MemberId extends Identifier {
  private static final long serialVersionUID = 1L;

  private MemberId(String value) {
    super("memberId", value);
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
  public static MemberId of(String value) {
    return new MemberId(value);
  }
}
