package org.communitygov.model.common;

import java.io.Serial;

/**
 * Thrown when a value breaks a format or an invariant of the model: a citizen ID whose check
 * character does not match, a household with two heads on one day.
 *
 * <p>It names the attribute (as its JSON name, such as {@code citizenId}) and the rule broken
 * through a stable {@linkplain #code() code} of the form {@code attribute.rule}. The message
 * explains the rule and may quote non-sensitive facts (dates, counts), but never the raw value of a
 * sensitive attribute.
 */
public final class InvalidValueException extends CommunityGovException {
  @Serial private static final long serialVersionUID = 1L;

  private final String attribute;

  private InvalidValueException(String attribute, String rule, String message) {
    super(attribute + "." + rule, attribute + ": " + message);
    this.attribute = attribute;
  }

  /**
   * Creates the exception for an attribute and the rule it broke.
   *
   * @param attribute the attribute's JSON name, such as {@code citizenId}, not null
   * @param rule the rule's short stable name, such as {@code checkCharacter}, not null
   * @param message what is wrong, without the raw value of any sensitive attribute, not null
   * @return the exception, not null
   */
  public static InvalidValueException of(String attribute, String rule, String message) {
    return new InvalidValueException(attribute, rule, message);
  }

  /**
   * Returns the JSON name of the attribute whose value is invalid.
   *
   * @return the attribute, not null
   */
  public String attribute() {
    return attribute;
  }
}
