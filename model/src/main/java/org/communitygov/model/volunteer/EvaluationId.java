package org.communitygov.model.volunteer;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.communitygov.model.common.Identifier;
import org.communitygov.model.common.InvalidValueException;

/**
 * The identifier of an evaluation (评价情况) in the system that recorded it.
 *
 * <p>A value of {@link Identifier#PATTERN}; never a citizen ID or a phone number.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class EvaluationId extends Identifier {
  private static final long serialVersionUID = 1L;

  private EvaluationId(String value) {
    super("evaluationId", value);
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
  public static EvaluationId of(String value) {
    return new EvaluationId(value);
  }
}
