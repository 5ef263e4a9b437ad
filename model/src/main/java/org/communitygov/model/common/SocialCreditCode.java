package org.communitygov.model.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A unified social credit code (统一社会信用代码) of GB 32100-2015: the 18-character identifier of an
 * organization (a social organization, an enterprise, a residents' committee).
 *
 * <p>Character 1 is the registration authority (登记管理部门), character 2 the organization type (机构类别),
 * characters 3–8 the division of the registering authority, characters 9–17 the organization code
 * (组织机构代码, GB 11714, with its own check character in position 17), and character 18 the MOD 31
 * check character. The characters are {@code 0}–{@code 9} and the upper-case letters other than I,
 * O, Z, S and V; lower-case letters are normalized to upper case. The authority and type codes are
 * not checked against a list: the lists grow. See {@code docs/adr/0006-identifiers.md}.
 *
 * <p>The code identifies an organization, not a person, and is not personal data.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SocialCreditCode {
  private static final String ATTRIBUTE = "socialCreditCode";
  private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };
  private static final int[] ORGANIZATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  private final String value;

  private SocialCreditCode(String value) {
    this.value = value;
  }

  /**
   * Parses an 18-character unified social credit code.
   *
   * @param text the code, not null
   * @return the code, not null
   * @throws NullPointerException if {@code text} is null
   * @throws InvalidValueException if the text is not a valid code; the code tells why: {@code
   *     socialCreditCode.length}, {@code socialCreditCode.characters}, {@code
   *     socialCreditCode.checkCharacter} or {@code socialCreditCode.organizationCode}
   */
  @JsonCreator
  public static SocialCreditCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (text.length() != 18) {
      throw InvalidValueException.of(ATTRIBUTE, "length", "must have 18 characters");
    }
    String value = normalize(text);
    if (computeCheckCharacter(value) != value.charAt(17)) {
      throw InvalidValueException.of(
          ATTRIBUTE, "checkCharacter", "the check character does not match (GB 32100 MOD 31)");
    }
    if (organizationCheckCharacter(value.substring(8, 16)) != value.charAt(16)) {
      throw InvalidValueException.of(
          ATTRIBUTE,
          "organizationCode",
          "the check character of the organization code (characters 9-17) does not match"
              + " (GB 11714)");
    }
    return new SocialCreditCode(value);
  }

  /**
   * Computes the check character (the 18th) of a unified social credit code from its first 17
   * characters.
   *
   * @param first17 the first 17 characters, not null
   * @return the check character, one of {@code 0123456789ABCDEFGHJKLMNPQRTUWXY}
   * @throws NullPointerException if {@code first17} is null
   * @throws InvalidValueException if the text is not 17 characters of the code's set ({@code
   *     socialCreditCode.length} or {@code socialCreditCode.characters})
   */
  public static char checkCharacter(CharSequence first17) {
    Objects.requireNonNull(first17, "first17");
    if (first17.length() != 17) {
      throw InvalidValueException.of(ATTRIBUTE, "length", "the check needs exactly 17 characters");
    }
    return computeCheckCharacter(normalize(first17));
  }

  /** Computes the GB 11714 check character of the 8-character body of an organization code. */
  static char organizationCheckCharacter(String body) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = body.charAt(i);
      int v = c <= '9' ? c - '0' : c - 'A' + 10;
      sum += v * ORGANIZATION_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
  }

  private static char computeCheckCharacter(String text) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CHARSET.indexOf(text.charAt(i)) * WEIGHTS[i];
    }
    return CHARSET.charAt((31 - sum % 31) % 31);
  }

  private static String normalize(CharSequence text) {
    char[] chars = new char[text.length()];
    for (int i = 0; i < chars.length; i++) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z') {
        c = (char) (c - 'a' + 'A');
      }
      if (CHARSET.indexOf(c) < 0) {
        throw InvalidValueException.of(
            ATTRIBUTE,
            "characters",
            "must contain only digits and the letters A-Y other than I, O, S and V");
      }
      chars[i] = c;
    }
    return new String(chars);
  }

  /**
   * Returns the registration authority code (登记管理部门代码), character 1: such as {@code 5} for civil
   * affairs or {@code 9} for market regulation.
   *
   * @return the authority code
   */
  public char registrationAuthority() {
    return value.charAt(0);
  }

  /**
   * Returns the organization type code (机构类别代码): characters 1 and 2, such as {@code 51} for a
   * social organization or {@code 91} for an enterprise.
   *
   * @return the two characters, not null
   */
  public String organizationType() {
    return value.substring(0, 2);
  }

  /**
   * Returns characters 3 to 8: the administrative division of the registering authority, normally
   * six digits. They are not checked to be a {@link DivisionCode}: registrations by central
   * authorities and old data use other values.
   *
   * @return the six digits, not null
   */
  public String divisionDigits() {
    return value.substring(2, 8);
  }

  /**
   * Returns the embedded organization code (组织机构代码, GB 11714): characters 9 to 17.
   *
   * @return the nine characters, not null
   */
  public String organizationCode() {
    return value.substring(8, 17);
  }

  /**
   * Returns the code, in upper case.
   *
   * @return the 18 characters, not null
   */
  @JsonValue
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this || (obj instanceof SocialCreditCode other && other.value.equals(value));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the code; {@code parse(code.toString())} equals {@code code}.
   *
   * @return the 18 characters, not null
   */
  @Override
  public String toString() {
    return value;
  }
}
