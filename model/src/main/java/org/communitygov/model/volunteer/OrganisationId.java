package org.communitygov.model.volunteer;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.communitygov.model.common.Identifier;
import org.communitygov.model.common.InvalidValueException;

/**
 * The identifier of an organisation that registers volunteers, organises activities and records and
 * certifies them: a 志愿服务组织, a residents' committee or a public institution.
 *
 * <p>A value of {@link Identifier#PATTERN}; never a citizen ID or a phone number.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class OrganisationId extends Identifier {
  private static final long serialVersionUID = 1L;

  private OrganisationId(String value) {
    super("organisationId", value);
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
  public static OrganisationId of(String value) {
    return new OrganisationId(value);
  }
}
