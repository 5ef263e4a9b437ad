package org.communitygov.model.volunteer;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.communitygov.model.common.Identifier;
import org.communitygov.model.common.InvalidValueException;

/**
 * The volunteer number (志愿者编号) a registering organisation gives a volunteer.
 *
 * <p>A value of {@link Identifier#PATTERN}; never a citizen ID or a phone number.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class VolunteerId extends Identifier {
  private static final long serialVersionUID = 1L;

  private VolunteerId(String value) {
    super("volunteerId", value);
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
  public static VolunteerId of(String value) {
    return new VolunteerId(value);
  }
}
