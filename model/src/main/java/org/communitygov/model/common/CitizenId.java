package org.communitygov.model.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A citizen identity number (公民身份号码) of GB 11643-1999: 18 characters, the 6-digit region of first
 * registration, the birth date {@code yyyyMMdd}, a 3-digit sequence (odd for men, even for women)
 * and an ISO 7064 MOD 11-2 check character ({@code 0}–{@code 9} or {@code X}).
 *
 * <p>A lower-case {@code x} is accepted and normalized to {@code X}; whitespace anywhere is
 * rejected; a 15-digit number of the 1985 scheme is rejected by {@link #parse(CharSequence)} and
 * converted only by {@link #fromLegacy(CharSequence)}. See {@code docs/adr/0006-identifiers.md}.
 *
 * <p>The number is personal data of high risk (PIPL): {@link #toString()} and {@link #masked()}
 * show only the first 6 and last 4 characters ({@code 110105********002X}), no exception message
 * contains the number or any part of it, and {@link #unmaskedValue()} is the only way to the raw
 * value. This class is deliberately not {@link java.io.Serializable}. See {@code
 * docs/adr/0007-personal-data-out-of-strings.md}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Sensitive(SensitiveCategory.IDENTITY_NUMBER)
public final class CitizenId {
  private static final String ATTRIBUTE = "citizenId";
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1800, 1, 1);
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARACTERS = "10X98765432";

  /**
   * A day that is certainly not after today in China: the day this class was loaded. A birth date
   * on or before it needs no reading of the clock.
   */
  private static final LocalDate NOT_AFTER_TODAY = LocalDate.now(CHINA);

  // Only the text: the region and birth date are read from it when asked for, so that a citizen ID
  // costs 16 bytes and its string rather than 112 (docs/performance.md).
  private final String value;

  private CitizenId(String value) {
    this.value = value;
  }

  /**
   * Parses an 18-character citizen ID, checking the birth date against today's date in China
   * (Asia/Shanghai).
   *
   * @param text the 18 characters, not null
   * @return the citizen ID, not null
   * @throws NullPointerException if {@code text} is null
   * @throws InvalidValueException if the text is not a valid citizen ID; the code tells why: {@code
   *     citizenId.whitespace}, {@code citizenId.legacy15}, {@code citizenId.length}, {@code
   *     citizenId.characters}, {@code citizenId.region}, {@code citizenId.birthDate}, {@code
   *     citizenId.birthDateInFuture} or {@code citizenId.checkCharacter}
   */
  @JsonCreator
  public static CitizenId parse(CharSequence text) {
    return parseAgainst(text, null);
  }

  /**
   * Parses an 18-character citizen ID, checking the birth date against the given today's date.
   *
   * @param text the 18 characters, not null
   * @param today the date the birth date may not be after, not null
   * @return the citizen ID, not null
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if the text is not a valid citizen ID; the code tells why: {@code
   *     citizenId.whitespace}, {@code citizenId.legacy15}, {@code citizenId.length}, {@code
   *     citizenId.characters}, {@code citizenId.region}, {@code citizenId.birthDate}, {@code
   *     citizenId.birthDateInFuture} or {@code citizenId.checkCharacter}
   */
  public static CitizenId parse(CharSequence text, LocalDate today) {
    Objects.requireNonNull(today, "today");
    return parseAgainst(text, today);
  }

  /** Parses against {@code today}, or against the clock in China if {@code today} is null. */
  private static CitizenId parseAgainst(CharSequence text, @Nullable LocalDate today) {
    Objects.requireNonNull(text, "text");
    rejectWhitespace(text);
    int length = text.length();
    if (length == 15 && allDigits(text, 15)) {
      throw InvalidValueException.of(
          ATTRIBUTE,
          "legacy15",
          "a 15-digit number of the 1985 scheme is not accepted here;"
              + " convert it with CitizenId.fromLegacy");
    }
    if (length != 18) {
      throw InvalidValueException.of(ATTRIBUTE, "length", "must have 18 characters");
    }
    if (!allDigits(text, 17) || !isCheckCharacterSyntax(text.charAt(17))) {
      throw InvalidValueException.of(
          ATTRIBUTE, "characters", "must be 17 digits followed by a digit or X");
    }
    String value = text.toString().toUpperCase(Locale.ROOT);
    try {
      DivisionCode.parse(value.substring(0, 6));
    } catch (InvalidValueException e) {
      throw InvalidValueException.of(
          ATTRIBUTE, "region", "the first 6 digits are not an administrative division code");
    }
    LocalDate birthDate;
    try {
      birthDate = birthDateOf(value);
    } catch (DateTimeException e) {
      throw InvalidValueException.of(
          ATTRIBUTE, "birthDate", "digits 7 to 14 are not a real calendar date");
    }
    if (birthDate.isBefore(EARLIEST_BIRTH_DATE)) {
      throw InvalidValueException.of(ATTRIBUTE, "birthDate", "the birth date is before 1800-01-01");
    }
    boolean inFuture =
        today != null
            ? birthDate.isAfter(today)
            : birthDate.isAfter(NOT_AFTER_TODAY) && birthDate.isAfter(LocalDate.now(CHINA));
    if (inFuture) {
      throw InvalidValueException.of(
          ATTRIBUTE, "birthDateInFuture", "the birth date is after today");
    }
    if (computeCheckCharacter(value) != value.charAt(17)) {
      throw InvalidValueException.of(
          ATTRIBUTE, "checkCharacter", "the check character does not match (ISO 7064 MOD 11-2)");
    }
    return new CitizenId(value);
  }

  private static LocalDate birthDateOf(String value) {
    return LocalDate.of(
        Integer.parseInt(value, 6, 10, 10),
        Integer.parseInt(value, 10, 12, 10),
        Integer.parseInt(value, 12, 14, 10));
  }

  /**
   * Converts a 15-digit citizen ID of the 1985 scheme to the 18-character form: inserts {@code 19}
   * before the two-digit birth year and appends the check character.
   *
   * @param fifteenDigits the 15 digits, not null
   * @return the citizen ID, not null
   * @throws NullPointerException if {@code fifteenDigits} is null
   * @throws InvalidValueException if the text is not 15 digits ({@code citizenId.whitespace},
   *     {@code citizenId.length}, {@code citizenId.characters}), or the result is not valid ({@code
   *     citizenId.region}, {@code citizenId.birthDate})
   */
  public static CitizenId fromLegacy(CharSequence fifteenDigits) {
    Objects.requireNonNull(fifteenDigits, "fifteenDigits");
    rejectWhitespace(fifteenDigits);
    if (fifteenDigits.length() != 15) {
      throw InvalidValueException.of(ATTRIBUTE, "length", "a legacy number has 15 digits");
    }
    if (!allDigits(fifteenDigits, 15)) {
      throw InvalidValueException.of(ATTRIBUTE, "characters", "a legacy number has only digits");
    }
    String legacy = fifteenDigits.toString();
    String first17 = legacy.substring(0, 6) + "19" + legacy.substring(6);
    return parse(first17 + computeCheckCharacter(first17));
  }

  /**
   * Computes the check character (the 18th) of a citizen ID from its first 17 digits.
   *
   * @param first17Digits the first 17 digits, not null
   * @return the check character, {@code 0}–{@code 9} or {@code X}
   * @throws NullPointerException if {@code first17Digits} is null
   * @throws InvalidValueException if the text is not 17 digits ({@code citizenId.length} or {@code
   *     citizenId.characters})
   */
  public static char checkCharacter(CharSequence first17Digits) {
    Objects.requireNonNull(first17Digits, "first17Digits");
    if (first17Digits.length() != 17) {
      throw InvalidValueException.of(ATTRIBUTE, "length", "the check needs exactly 17 digits");
    }
    if (!allDigits(first17Digits, 17)) {
      throw InvalidValueException.of(ATTRIBUTE, "characters", "the check needs digits only");
    }
    return computeCheckCharacter(first17Digits);
  }

  private static char computeCheckCharacter(CharSequence digits) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (digits.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11);
  }

  private static void rejectWhitespace(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > ' ' && c < 0x7f) {
        continue; // printable ASCII, the common case, is no whitespace
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        throw InvalidValueException.of(
            ATTRIBUTE, "whitespace", "must not contain spaces or other whitespace");
      }
    }
  }

  private static boolean allDigits(CharSequence text, int count) {
    for (int i = 0; i < count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isCheckCharacterSyntax(char c) {
    return (c >= '0' && c <= '9') || c == 'X' || c == 'x';
  }

  /**
   * Returns the birth date encoded in digits 7 to 14.
   *
   * @return the birth date, not null
   */
  public LocalDate birthDate() {
    return birthDateOf(value);
  }

  /**
   * Returns the sex encoded in the 17th digit: odd is male, even is female.
   *
   * @return the sex, not null
   */
  public Sex sex() {
    return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /**
   * Returns the region of first registration encoded in the first 6 digits. It need not be a
   * division that exists today.
   *
   * @return the region, not null
   */
  public DivisionCode region() {
    return DivisionCode.parse(value.substring(0, 6));
  }

  /**
   * Returns the full 18 characters, with an upper-case {@code X}: the only way to the raw number.
   * Use it only where the number itself is needed (storage, exchange with its owner).
   *
   * @return the number, not null
   */
  @JsonValue
  public String unmaskedValue() {
    return value;
  }

  /**
   * Returns the number with its birth date and sequence hidden: the first 6 characters, 8 asterisks
   * and the last 4, as in {@code 110105********002X}.
   *
   * @return the masked number, not null
   */
  public String masked() {
    return value.substring(0, 6) + "********" + value.substring(14);
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this || (obj instanceof CitizenId other && other.value.equals(value));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the {@linkplain #masked() masked} number, never the raw one.
   *
   * @return the masked number, not null
   */
  @Override
  public String toString() {
    return masked();
  }
}
