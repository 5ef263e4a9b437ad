package org.communitygov.rules.points;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Unit;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.LocalizedText;

/**
 * Labelled facts for the explanations of the points rules. The labels are the rules' own constant
 * texts, so each is made once and shared: a busy book labels several facts per record.
 */
final class Texts {
  private static final Map<String, LocalizedText> LABELS = new ConcurrentHashMap<>();

  // 10^0 to 10^18.
  private static final long[] POWERS = new long[19];

  static {
    POWERS[0] = 1;
    for (int i = 1; i < POWERS.length; i++) {
      POWERS[i] = POWERS[i - 1] * 10;
    }
  }

  // Per scale 0 to 2, the decimals of a whole number of steps: "" for scale 0, ".0" to ".9" for
  // scale 1, ".00" to ".99" for scale 2.
  private static final String[][] DECIMALS = new String[3][];

  static {
    DECIMALS[0] = new String[] {""};
    for (int scale = 1; scale < DECIMALS.length; scale++) {
      int count = (int) POWERS[scale];
      DECIMALS[scale] = new String[count];
      for (int i = 0; i < count; i++) {
        // 10^scale + i without its leading 1: i's digits with the zeros before them
        DECIMALS[scale][i] = "." + Long.toString(POWERS[scale] + i).substring(1);
      }
    }
  }

  private Texts() {}

  /**
   * Whether a number of a scale is written by {@link #sign}, {@link #whole} and {@link #decimals}
   * (scales 0 to 2): a memo is then one concatenation, with no text made for its numbers.
   */
  static boolean isShort(int scale) {
    return scale >= 0 && scale < DECIMALS.length;
  }

  /** Whether an amount in a unit's smallest step is within an amount's range. */
  static boolean inRange(long minor) {
    return minor <= Amount.MAX_MINOR && minor >= -Amount.MAX_MINOR;
  }

  /**
   * The sign of {@code unscaled × 10^-scale} as {@link #appendDecimal} and {@link #appendPlain}
   * write it: {@code "-"} or nothing.
   */
  static String sign(long unscaled) {
    return unscaled < 0 ? "-" : "";
  }

  /**
   * The whole part of {@code |unscaled| × 10^-scale}, scale 0 to 2 ({@link #isShort}), for an
   * unscaled value of fewer than 19 digits.
   */
  static long whole(long unscaled, int scale) {
    return Math.abs(unscaled) / POWERS[scale];
  }

  /**
   * The decimals of {@code |unscaled| × 10^-scale} with their point, scale 0 to 2 ({@link
   * #isShort}): {@code ""}, {@code ".5"}, {@code ".05"}; shared texts, none made per call.
   */
  static String decimals(long unscaled, int scale) {
    return DECIMALS[scale][(int) (Math.abs(unscaled) % POWERS[scale])];
  }

  static Fact fact(String name, Object value, String zh, String en) {
    return Fact.of(name, value).withLabel(label(zh, en));
  }

  /**
   * A date as {@link LocalDate#toString()} writes it ({@code 2025-03-07}), without its formatting
   * machinery for the years 0 to 9999: memos and explanations write two dates per credit.
   */
  static String date(LocalDate date) {
    return appendDate(new StringBuilder(10), date).toString();
  }

  /**
   * Appends a day (an epoch day) as {@link #date(LocalDate)} writes it, without making the string.
   */
  static StringBuilder appendDate(StringBuilder text, long epochDay) {
    return appendDate(text, LocalDate.ofEpochDay(epochDay));
  }

  private static StringBuilder appendDate(StringBuilder text, LocalDate date) {
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      return text.append(date);
    }
    int month = date.getMonthValue();
    int day = date.getDayOfMonth();
    return text.append((char) ('0' + year / 1000))
        .append((char) ('0' + year / 100 % 10))
        .append((char) ('0' + year / 10 % 10))
        .append((char) ('0' + year % 10))
        .append('-')
        .append((char) ('0' + month / 10))
        .append((char) ('0' + month % 10))
        .append('-')
        .append((char) ('0' + day / 10))
        .append((char) ('0' + day % 10));
  }

  /**
   * Appends an amount in a unit's smallest step as {@link Amount#decimalText()} writes it ({@code
   * 1.50}, {@code -0.25}), without making the amount or its parts.
   *
   * @throws org.communitygov.model.common.InvalidValueException if the amount is out of an amount's
   *     range, as {@link Amount#ofMinor} does
   */
  static StringBuilder appendDecimal(StringBuilder text, Unit unit, long minor) {
    if (minor > Amount.MAX_MINOR || minor < -Amount.MAX_MINOR) {
      Amount.ofMinor(unit, minor); // throws what the amount would
    }
    int scale = unit.scale();
    return scale == 0 ? text.append(minor) : appendFixed(text, minor, scale);
  }

  /**
   * Appends an amount as {@link Amount#decimalText()} writes it; a sum past an amount's range
   * (which memos never show) by its decimal text itself.
   */
  static StringBuilder appendAmount(StringBuilder text, Amount amount) {
    long minor = amount.minor();
    return minor > Amount.MAX_MINOR || minor < -Amount.MAX_MINOR
        ? text.append(amount.decimalText())
        : appendDecimal(text, amount.unit(), minor);
  }

  /**
   * Appends a decimal as {@link BigDecimal#toPlainString()} writes it ({@code 1.50}, {@code 3},
   * {@code 0.05}), without making the string for a number of up to 18 digits and 18 decimals.
   */
  static StringBuilder appendPlain(StringBuilder text, BigDecimal value) {
    int scale = value.scale();
    if (scale < 0 || scale >= POWERS.length || value.precision() >= POWERS.length) {
      return text.append(value.toPlainString());
    }
    long unscaled = AccrualValues.unscaled(value);
    return scale == 0 ? text.append(unscaled) : appendFixed(text, unscaled, scale);
  }

  /** Appends {@code unscaled × 10^-scale} with {@code scale} decimals, scale 1 to 18. */
  private static StringBuilder appendFixed(StringBuilder text, long unscaled, int scale) {
    long abs = Math.abs(unscaled);
    long power = POWERS[scale];
    if (unscaled < 0) {
      text.append('-');
    }
    text.append(abs / power).append('.');
    long fraction = abs % power;
    for (long digit = power / 10; digit > 0; digit /= 10) {
      text.append((char) ('0' + fraction / digit % 10));
    }
    return text;
  }

  /** The label of two texts, made once per pair. */
  static LocalizedText label(String zh, String en) {
    LocalizedText label = LABELS.get(zh);
    if (label == null || !label.en().equals(en)) {
      label = LocalizedText.of(zh, en);
      LABELS.putIfAbsent(zh, label);
    }
    return label;
  }
}
