package org.communitygov.model.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A mainland China phone number: a mobile number ({@code 13812345678}) or a landline with its area
 * code ({@code 010-12345678}, {@code 0755-1234567}).
 *
 * <p>{@link #parse(CharSequence)} accepts an optional {@code +86} or {@code 0086} country prefix
 * (after which a landline may omit the trunk {@code 0}), and spaces or hyphens between the digits;
 * it keeps the canonical form: a mobile number as 11 digits, a landline as area code, hyphen and
 * subscriber number. Extensions and service numbers ({@code 12345}) are not phone numbers here.
 *
 * <p>A phone number is personal data (PIPL): {@link #toString()} and {@link #masked()} hide all but
 * the area or network prefix and the last 4 digits ({@code 138****5678}, {@code 010-****5678}), no
 * exception message contains the number, and {@link #unmaskedValue()} is the only way to the raw
 * value. This class is deliberately not {@link java.io.Serializable}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Sensitive(SensitiveCategory.CONTACT)
public final class PhoneNumber {
  private static final String ATTRIBUTE = "phone";
  private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
  private static final Pattern LANDLINE_3 = Pattern.compile("(010|02[0-9])([1-9][0-9]{6,7})");
  private static final Pattern LANDLINE_4 = Pattern.compile("(0[3-9][0-9]{2})([1-9][0-9]{6,7})");

  /** The kind of a phone number. */
  public enum Kind {
    /** A mobile number (手机号码), 11 digits starting with 13–19. */
    MOBILE,
    /** A fixed line (固定电话) with its area code (区号). */
    LANDLINE
  }

  private final String value;
  private final Kind kind;

  private PhoneNumber(String value, Kind kind) {
    this.value = value;
    this.kind = kind;
  }

  /**
   * Parses a mainland mobile or landline number.
   *
   * @param text the number, optionally with {@code +86} or {@code 0086} and with spaces or hyphens
   *     between the digits, not null
   * @return the phone number in canonical form, not null
   * @throws NullPointerException if {@code text} is null
   * @throws InvalidValueException if the text is not a mainland mobile or landline number ({@code
   *     phone.format})
   */
  @JsonCreator
  public static PhoneNumber parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String digits = stripSeparators(text);
    boolean international = false;
    if (digits.startsWith("+86")) {
      digits = digits.substring(3);
      international = true;
    } else if (digits.startsWith("0086")) {
      digits = digits.substring(4);
      international = true;
    }
    if (MOBILE.matcher(digits).matches()) {
      return new PhoneNumber(digits, Kind.MOBILE);
    }
    if (international && !digits.startsWith("0")) {
      digits = "0" + digits;
    }
    for (Pattern landline : new Pattern[] {LANDLINE_3, LANDLINE_4}) {
      var matcher = landline.matcher(digits);
      if (matcher.matches()) {
        return new PhoneNumber(matcher.group(1) + "-" + matcher.group(2), Kind.LANDLINE);
      }
    }
    throw InvalidValueException.of(
        ATTRIBUTE,
        "format",
        "not a mainland mobile number (11 digits starting 13-19) or landline (area code and 7 or 8"
            + " digits)");
  }

  /**
   * Removes spaces and hyphens between characters; leading or trailing ones are kept (and fail).
   */
  private static String stripSeparators(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    int last = text.length() - 1;
    for (int i = 0; i <= last; i++) {
      char c = text.charAt(i);
      if ((c == ' ' || c == '-') && i > 0 && i < last) {
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * Returns whether this is a mobile or a landline number.
   *
   * @return the kind, not null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the number in canonical form ({@code 13812345678}, {@code 010-12345678}): the only way
   * to the raw number.
   *
   * @return the number, not null
   */
  @JsonValue
  public String unmaskedValue() {
    return value;
  }

  /**
   * Returns the number with all but its prefix and last 4 digits hidden: {@code 138****5678} or
   * {@code 010-****5678}. A landline shows 4 asterisks whatever the subscriber number's length.
   *
   * @return the masked number, not null
   */
  public String masked() {
    String last4 = value.substring(value.length() - 4);
    return kind == Kind.MOBILE
        ? value.substring(0, 3) + "****" + last4
        : value.substring(0, value.indexOf('-') + 1) + "****" + last4;
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this || (obj instanceof PhoneNumber other && other.value.equals(value));
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
