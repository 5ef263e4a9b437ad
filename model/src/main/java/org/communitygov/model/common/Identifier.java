package org.communitygov.model.common;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.Objects;

/**
 * The base of the typed identifiers of aggregates ({@code PersonId}, {@code HouseholdId}, …).
 *
 * <p>An identifier is an opaque string chosen by the system that issued it: 1 to 64 characters,
 * ASCII letters, digits and {@code . _ : -}, starting with a letter or a digit (pattern {@value
 * #PATTERN}). It is not personal data: never use a citizen ID or a phone number as an identifier.
 * Two identifiers are equal when they are of the same type and have the same value; a {@code
 * PersonId} never equals a {@code HouseholdId}.
 *
 * <p>Subclasses are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public abstract class Identifier implements Comparable<Identifier>, Serializable {
  private static final long serialVersionUID = 1L;

  /** The regular expression every identifier value matches. */
  public static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$";

  private static final int MAX_LENGTH = 64;

  private final String value;

  /**
   * Validates and stores the value.
   *
   * @param attribute the JSON name of the identifier kind, used in error codes, not null
   * @param value the value, not null
   * @throws NullPointerException if {@code value} is null
   * @throws InvalidValueException if {@code value} does not match {@link #PATTERN}
   */
  protected Identifier(String attribute, String value) {
    Objects.requireNonNull(value, attribute);
    if (!matches(value)) {
      throw InvalidValueException.of(
          attribute,
          "pattern",
          "an identifier is 1 to 64 ASCII letters, digits or . _ : -, starting with a letter or"
              + " digit");
    }
    this.value = value;
  }

  /** Whether the value matches {@link #PATTERN}; by hand, as it is checked for every id read. */
  private static boolean matches(String value) {
    int length = value.length();
    if (length == 0 || length > MAX_LENGTH || !isAsciiLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /**
   * Returns the identifier's value, as written in JSON.
   *
   * @return the value, not null
   */
  @JsonValue
  public final String value() {
    return value;
  }

  @Override
  public final int compareTo(Identifier other) {
    int byType = getClass().getName().compareTo(other.getClass().getName());
    return byType != 0 ? byType : value.compareTo(other.value);
  }

  @Override
  public final boolean equals(Object obj) {
    return obj == this
        || (obj != null && obj.getClass() == getClass() && ((Identifier) obj).value.equals(value));
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + value.hashCode();
  }

  /**
   * Returns the value; {@code X.of(id.toString())} equals {@code id}.
   *
   * @return the value, not null
   */
  @Override
  public final String toString() {
    return value;
  }
}
