package org.communitygov.model.ledger;

import java.math.BigDecimal;
import java.util.Objects;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.Money;

/**
 * A signed amount in one {@linkplain Unit unit of account}, held exactly as a whole number of the
 * unit's smallest step (fen for yuan, hundredths of an hour, whole points).
 *
 * <p>Amounts of two units never mix: {@link #plus(Amount)} and {@link #minus(Amount)} across units
 * throw {@link UnitMismatchException}. Its magnitude is at most {@value #MAX_MINOR} steps, so that
 * sums of many amounts stay exact in a {@code long}; a sum past {@link Long#MAX_VALUE} throws
 * {@link ArithmeticException}. The text form is the plain decimal, a space and the unit code:
 * {@code -12.50 CNY}, {@code 1.25 HOUR}, {@code 30 POINT}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Amount implements Comparable<Amount> {
  /** The largest magnitude of one amount, in the unit's smallest steps. */
  public static final long MAX_MINOR = 1_000_000_000_000_000L;

  private static final long[] POWERS = {1, 10, 100, 1000, 10_000};

  private final Unit unit;
  private final long minor;

  private Amount(Unit unit, long minor) {
    this.unit = unit;
    this.minor = minor;
  }

  /**
   * Obtains an amount from a count of the unit's smallest steps, such as 1250 fen for 12.50 CNY.
   *
   * @param unit the unit, not null
   * @param minor the count of steps, at most {@value #MAX_MINOR} in magnitude
   * @return the amount, not null
   * @throws NullPointerException if {@code unit} is null
   * @throws InvalidValueException if the magnitude is too large ({@code amount.range})
   */
  public static Amount ofMinor(Unit unit, long minor) {
    Objects.requireNonNull(unit, "unit");
    if (minor > MAX_MINOR || minor < -MAX_MINOR) {
      throw InvalidValueException.of("amount", "range", "an amount is at most 10^15 steps");
    }
    return new Amount(unit, minor);
  }

  /**
   * Obtains zero in a unit.
   *
   * @param unit the unit, not null
   * @return zero, not null
   * @throws NullPointerException if {@code unit} is null
   */
  public static Amount zero(Unit unit) {
    return new Amount(Objects.requireNonNull(unit, "unit"), 0);
  }

  /**
   * Obtains an amount with at most the unit's number of decimals.
   *
   * @param unit the unit, not null
   * @param value the amount, such as {@code 12.5} for CNY, not null
   * @return the amount, not null
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if the value has too many decimals ({@code amount.scale}) or is
   *     too large ({@code amount.range})
   */
  public static Amount of(Unit unit, BigDecimal value) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(value, "value");
    BigDecimal steps;
    try {
      steps = value.setScale(unit.scale()).movePointRight(unit.scale());
    } catch (ArithmeticException e) {
      throw InvalidValueException.of(
          "amount",
          "scale",
          "an amount in " + unit.code() + " has at most " + unit.scale() + " decimals");
    }
    if (steps.abs().compareTo(BigDecimal.valueOf(MAX_MINOR)) > 0) {
      throw InvalidValueException.of("amount", "range", "an amount is at most 10^15 steps");
    }
    return new Amount(unit, steps.longValueExact());
  }

  /**
   * Obtains the amount of money.
   *
   * @param money the money, not null
   * @return the amount in the money's currency, not null
   * @throws NullPointerException if {@code money} is null
   * @throws InvalidValueException if the amount is too large ({@code amount.range})
   */
  public static Amount from(Money money) {
    Objects.requireNonNull(money, "money");
    return of(Unit.of(money.currency()), money.amount());
  }

  /**
   * Parses the form written by {@link #toString()}: {@code -12.50 CNY}.
   *
   * @param text the text, not null
   * @return the amount, not null
   * @throws NullPointerException if {@code text} is null
   * @throws InvalidValueException if the text is not of that form ({@code amount.format}), or as
   *     {@link #parse(Unit, CharSequence)}
   */
  public static Amount parse(CharSequence text) {
    String s = Objects.requireNonNull(text, "text").toString();
    int space = s.indexOf(' ');
    if (space < 0) {
      throw InvalidValueException.of("amount", "format", "expected an amount, a space and a unit");
    }
    return parse(Unit.parse(s.substring(space + 1)), s.substring(0, space));
  }

  /**
   * Parses a plain decimal amount in a unit, written with exactly the unit's number of decimals as
   * in the journal: {@code -12.50} for CNY, {@code 30} for POINT.
   *
   * @param unit the unit, not null
   * @param decimal the decimal text, not null
   * @return the amount, not null
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if the text is not a plain decimal with the unit's number of
   *     decimals ({@code amount.format}) or is too large ({@code amount.range})
   */
  public static Amount parse(Unit unit, CharSequence decimal) {
    Objects.requireNonNull(unit, "unit");
    String s = Objects.requireNonNull(decimal, "decimal").toString();
    int scale = unit.scale();
    int start = s.startsWith("-") ? 1 : 0;
    int point = s.indexOf('.');
    int intEnd = scale == 0 ? s.length() : point;
    boolean ok =
        intEnd > start
            && intEnd - start <= 16
            && (scale == 0 ? point < 0 : point == s.length() - scale - 1)
            && (intEnd - start == 1 || s.charAt(start) != '0');
    long steps = 0;
    for (int i = start; ok && i < s.length(); i++) {
      char c = s.charAt(i);
      if (i == point) {
        continue;
      }
      ok = c >= '0' && c <= '9';
      steps = steps * 10 + (c - '0');
    }
    if (!ok || (start == 1 && steps == 0)) {
      throw InvalidValueException.of(
          "amount",
          "format",
          "an amount in " + unit.code() + " is a plain decimal with " + scale + " decimals");
    }
    return ofMinor(unit, start == 1 ? -steps : steps);
  }

  /**
   * Returns the unit.
   *
   * @return the unit, not null
   */
  public Unit unit() {
    return unit;
  }

  /**
   * Returns the amount as a count of the unit's smallest steps (1250 for 12.50 CNY).
   *
   * @return the count, signed
   */
  public long minor() {
    return minor;
  }

  /**
   * Returns the amount as a decimal at the unit's scale.
   *
   * @return the decimal, not null
   */
  public BigDecimal decimal() {
    return BigDecimal.valueOf(minor, unit.scale());
  }

  /**
   * Returns the amount as money.
   *
   * @return the money, not null
   * @throws UnitMismatchException if the unit is not a currency
   */
  public Money toMoney() {
    return Money.of(unit.currency(), decimal());
  }

  /**
   * Returns the plain decimal at the unit's scale, as the journal writes it: {@code -12.50}.
   *
   * @return the text, not null
   */
  public String decimalText() {
    int scale = unit.scale();
    if (scale == 0) {
      return Long.toString(minor);
    }
    long abs = Math.abs(minor);
    long power = POWERS[scale];
    String fraction = Long.toString(abs % power + power).substring(1);
    return (minor < 0 ? "-" : "") + (abs / power) + "." + fraction;
  }

  /**
   * Returns the sum of this and {@code other}.
   *
   * @param other the amount to add, in the same unit, not null
   * @return the sum, not null
   * @throws UnitMismatchException if {@code other} is in another unit
   * @throws ArithmeticException if the sum overflows a {@code long}
   */
  public Amount plus(Amount other) {
    return new Amount(unit, Math.addExact(minor, check(other).minor));
  }

  /**
   * Returns the difference of this and {@code other}.
   *
   * @param other the amount to subtract, in the same unit, not null
   * @return the difference, not null
   * @throws UnitMismatchException if {@code other} is in another unit
   * @throws ArithmeticException if the difference overflows a {@code long}
   */
  public Amount minus(Amount other) {
    return new Amount(unit, Math.subtractExact(minor, check(other).minor));
  }

  /**
   * Returns this amount with the opposite sign.
   *
   * @return the negated amount, not null
   */
  public Amount negated() {
    return new Amount(unit, -minor);
  }

  /**
   * Tells whether the amount is zero.
   *
   * @return true if zero
   */
  public boolean isZero() {
    return minor == 0;
  }

  /**
   * Tells whether the amount is less than zero.
   *
   * @return true if negative
   */
  public boolean isNegative() {
    return minor < 0;
  }

  private Amount check(Amount other) {
    if (!Objects.requireNonNull(other, "other").unit.equals(unit)) {
      throw new UnitMismatchException(unit, other.unit);
    }
    return other;
  }

  /**
   * Compares two amounts of the same unit.
   *
   * @param other the amount to compare with, in the same unit, not null
   * @return negative, zero or positive as this is less than, equal to or greater than {@code other}
   * @throws UnitMismatchException if {@code other} is in another unit
   */
  @Override
  public int compareTo(Amount other) {
    return Long.compare(minor, check(other).minor);
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this
        || (obj instanceof Amount other && other.minor == minor && other.unit.equals(unit));
  }

  @Override
  public int hashCode() {
    return unit.hashCode() * 31 + Long.hashCode(minor);
  }

  /**
   * Returns the plain decimal, a space and the unit code: {@code -12.50 CNY}; {@link
   * #parse(CharSequence)} reads it back.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return decimalText() + " " + unit.code();
  }
}
