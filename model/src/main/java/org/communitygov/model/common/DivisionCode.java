package org.communitygov.model.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An administrative division code (行政区划代码): 6 digits as in GB/T 2260 for provinces, prefectures and
 * counties, extended as the statistics codes (统计用区划代码) do to 9 digits for townships and street
 * offices and 12 digits for villages and communities.
 *
 * <p>The first two digits must be a province code in use (11–15, 21–23, 31–37, 41–46, 50–54, 61–65,
 * 71, 81, 82, 83). A 12-digit code whose last three digits are {@code 000} denotes its township and
 * is normalized to 9 digits; a 9-digit code ending in {@code 000}, or a 12-digit code ending in
 * {@code 000000}, is normalized to its 6-digit county. Whether a code is currently assigned is not
 * checked: codes of abolished divisions still occur in old records.
 *
 * <p>The hierarchy is structural: {@code 110105001} lies in {@code 110105}, which lies in {@code
 * 110100}, which lies in {@code 110000}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DivisionCode implements Comparable<DivisionCode> {
  private static final Set<String> PROVINCES =
      Set.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
          "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
          "65", "71", "81", "82", "83");

  private final String code;

  private DivisionCode(String code) {
    this.code = code;
  }

  /**
   * Obtains a division code from its 6, 9 or 12 digits.
   *
   * @param code the digits, not null
   * @return the division code, not null
   * @throws NullPointerException if {@code code} is null
   * @throws InvalidValueException if the code is not 6, 9 or 12 ASCII digits, or its province is
   *     not one in use
   */
  @JsonCreator
  public static DivisionCode parse(CharSequence code) {
    Objects.requireNonNull(code, "code");
    String text = code.toString();
    int length = text.length();
    if (length != 6 && length != 9 && length != 12) {
      throw InvalidValueException.of("divisionCode", "length", "must have 6, 9 or 12 digits");
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw InvalidValueException.of("divisionCode", "digits", "must contain only digits 0-9");
      }
    }
    if (!PROVINCES.contains(text.substring(0, 2))) {
      throw InvalidValueException.of(
          "divisionCode", "province", "first two digits are not a province code in use");
    }
    while (text.length() > 6 && text.endsWith("000")) {
      text = text.substring(0, text.length() - 3);
    }
    return new DivisionCode(text);
  }

  /**
   * Returns the level of this division.
   *
   * @return the level, not null
   */
  public DivisionLevel level() {
    return switch (code.length()) {
      case 12 -> DivisionLevel.VILLAGE;
      case 9 -> DivisionLevel.TOWNSHIP;
      default ->
          code.endsWith("0000")
              ? DivisionLevel.PROVINCE
              : code.endsWith("00") ? DivisionLevel.PREFECTURE : DivisionLevel.COUNTY;
    };
  }

  /**
   * Returns the division directly above this one, or empty for a province.
   *
   * @return the parent, not null
   */
  public Optional<DivisionCode> parent() {
    return switch (level()) {
      case VILLAGE -> Optional.of(new DivisionCode(code.substring(0, 9)));
      case TOWNSHIP -> Optional.of(new DivisionCode(code.substring(0, 6)));
      case COUNTY -> Optional.of(new DivisionCode(code.substring(0, 4) + "00"));
      case PREFECTURE -> Optional.of(new DivisionCode(code.substring(0, 2) + "0000"));
      case PROVINCE -> Optional.empty();
    };
  }

  /**
   * Returns the province this division lies in (itself for a province).
   *
   * @return the province, not null
   */
  public DivisionCode province() {
    return level() == DivisionLevel.PROVINCE
        ? this
        : new DivisionCode(code.substring(0, 2) + "0000");
  }

  /**
   * Tells whether {@code other} is this division or lies within it.
   *
   * @param other the other division, not null
   * @return true if {@code other} equals this or one of its ancestors is this
   */
  public boolean contains(DivisionCode other) {
    Objects.requireNonNull(other, "other");
    for (Optional<DivisionCode> at = Optional.of(other); at.isPresent(); at = at.get().parent()) {
      if (at.get().equals(this)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the digits, 6, 9 or 12 of them.
   *
   * @return the code, not null
   */
  @JsonValue
  @Override
  public String toString() {
    return code;
  }

  @Override
  public int compareTo(DivisionCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this || (obj instanceof DivisionCode other && other.code.equals(code));
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }
}
