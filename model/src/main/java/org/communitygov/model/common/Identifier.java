package org.communitygov.model.common;

import com.fasterxml.jackson.annotation.JsonValue;
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
public abstract class Identifier implements Comparable<Identifier> {
  /** The regular expression every identifier value matches. */
  public static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$";

  private static final int MAX_LENGTH = 64;
  private static final int MASKED_RUN = 11;
  private static final int CITIZEN_RUN = 15;

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
   * Returns the value with every run of 11 or more digits masked (see {@link #mask}): an identifier
   * that is, or holds, a citizen ID or a phone number prints {@code P-500103********0310} or {@code
   * 138****8000}; any other prints as its value. The wire format and {@link #value()} keep the real
   * value.
   *
   * @return the masked value, not null
   * @since 0.1.0
   */
  public final String masked() {
    return mask(value);
  }

  /**
   * Returns the {@linkplain #masked() masked} value; {@code X.of(id.value())}, not {@code
   * X.of(id.toString())}, gives the identifier back.
   *
   * @return the masked value, not null
   */
  @Override
  public final String toString() {
    return masked();
  }

  /**
   * Masks every run of 11 or more ASCII digits in a text, the shape of a mobile number (11 digits,
   * or 13 with the {@code 86} prefix) or of a citizen ID (15 digits, or 17 and a check digit or
   * {@code X}), whatever stands around it: a run of 15 or more keeps its first 6 and last 4
   * characters around 8 asterisks ({@code 500103********0310}, the display form of a citizen ID), a
   * shorter one its first 3 and last 4 around 4 asterisks ({@code 138****8000}). An {@code X} or
   * {@code x} right after a run of 14 or more digits belongs to it. Shorter runs and all other
   * characters are kept.
   *
   * <p>This is the one place where identifiers and text that may hold an identifier's value (fact
   * names and values in explanations, command-line messages) are masked; see {@code
   * docs/adr/0031-masked-identifiers.md}.
   *
   * @param text the text, not null
   * @return the text with such runs masked, the same instance if there are none, not null
   * @since 0.1.0
   */
  public static String mask(String text) {
    StringBuilder masked = null;
    int copied = 0;
    int length = text.length();
    int i = 0;
    while (i < length) {
      if (!isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < length && isDigit(text.charAt(i))) {
        i++;
      }
      if (i - start >= CITIZEN_RUN - 1
          && i < length
          && (text.charAt(i) == 'X' || text.charAt(i) == 'x')) {
        i++;
      }
      int run = i - start;
      if (run >= MASKED_RUN) {
        if (masked == null) {
          masked = new StringBuilder(length);
        }
        int head = run >= CITIZEN_RUN ? 6 : 3;
        masked
            .append(text, copied, start + head)
            .append(run >= CITIZEN_RUN ? "********" : "****")
            .append(text, i - 4, i);
        copied = i;
      }
    }
    return masked == null ? text : masked.append(text, copied, length).toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
