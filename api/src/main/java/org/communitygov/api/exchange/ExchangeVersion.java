package org.communitygov.api.exchange;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of the exchange format a document is written in: {@code major.minor}, such as {@code
 * 1.0}.
 *
 * <p>A minor version adds (optional properties, record kinds, enum constants); a major version
 * breaks. A reader accepts every minor version of the majors it knows; see {@code
 * docs/exchange.md}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ExchangeVersion implements Comparable<ExchangeVersion> {
  /** The version this library writes and fully understands. */
  public static final ExchangeVersion CURRENT = new ExchangeVersion(1, 0);

  private static final Pattern SYNTAX =
      Pattern.compile("(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})");

  private final int major;
  private final int minor;

  private ExchangeVersion(int major, int minor) {
    this.major = major;
    this.minor = minor;
  }

  /**
   * Obtains a version.
   *
   * @param major the major version, 0 to 9999
   * @param minor the minor version, 0 to 9999
   * @return the version, not null
   * @throws IllegalArgumentException if a part is out of range
   */
  public static ExchangeVersion of(int major, int minor) {
    if (major < 0 || major > 9999 || minor < 0 || minor > 9999) {
      throw new IllegalArgumentException("major and minor must be 0 to 9999");
    }
    return new ExchangeVersion(major, minor);
  }

  /**
   * Parses {@code major.minor}: two numbers of 1 to 4 digits without leading zeros.
   *
   * @param text the text, not null
   * @return the version, not null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not {@code major.minor}
   */
  @JsonCreator
  public static ExchangeVersion parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = SYNTAX.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("a version is major.minor, such as 1.0");
    }
    return new ExchangeVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * Returns the major version.
   *
   * @return the major version
   */
  public int major() {
    return major;
  }

  /**
   * Returns the minor version.
   *
   * @return the minor version
   */
  public int minor() {
    return minor;
  }

  /**
   * Tells whether a reader of this version understands a document of the given version completely:
   * same major, minor not higher.
   *
   * @param document the document's version, not null
   * @return true if every property of such a document is known to this version
   */
  public boolean understands(ExchangeVersion document) {
    return document.major == major && document.minor <= minor;
  }

  @Override
  public int compareTo(ExchangeVersion other) {
    return major != other.major
        ? Integer.compare(major, other.major)
        : Integer.compare(minor, other.minor);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ExchangeVersion other && other.major == major && other.minor == minor;
  }

  @Override
  public int hashCode() {
    return major * 31 + minor;
  }

  /**
   * Returns {@code major.minor}; {@link #parse} reads it back.
   *
   * @return the text, not null
   */
  @JsonValue
  @Override
  public String toString() {
    return major + "." + minor;
  }
}
