package org.communitygov.model.ledger;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Currency;
import java.util.Objects;
import org.communitygov.model.common.InvalidValueException;

/**
 * A unit of account: a currency (money), {@linkplain #HOUR hours} of time credit or whole
 * {@linkplain #POINT points}. Its {@linkplain #scale() scale} is the number of decimals an amount
 * in it may have; its {@linkplain #code() code} is what the journal writes ({@code CNY}, {@code
 * HOUR}, {@code POINT}). In JSON it is that code, a string.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Unit {
  /** Hours of time credit, with two decimals (a quarter hour is {@code 0.25}). */
  public static final Unit HOUR = new Unit("HOUR", 2, UnitFamily.TIME, null);

  /** Whole community points. */
  public static final Unit POINT = new Unit("POINT", 0, UnitFamily.POINTS, null);

  /** The Chinese yuan (人民币), two decimals. */
  public static final Unit CNY = of(Currency.getInstance("CNY"));

  private final String code;
  private final int scale;
  private final UnitFamily family;
  private final Currency currency;

  private Unit(String code, int scale, UnitFamily family, Currency currency) {
    this.code = code;
    this.scale = scale;
    this.family = family;
    this.currency = currency;
  }

  /**
   * Obtains the money unit of a currency.
   *
   * @param currency the currency, with a default number of fraction digits, not null
   * @return the unit, not null
   * @throws NullPointerException if {@code currency} is null
   * @throws InvalidValueException if the currency has no fraction digits ({@code unit.currency})
   */
  public static Unit of(Currency currency) {
    Objects.requireNonNull(currency, "currency");
    if ("CNY".equals(currency.getCurrencyCode()) && CNY != null) {
      return CNY;
    }
    int scale = currency.getDefaultFractionDigits();
    if (scale < 0) {
      throw InvalidValueException.of(
          "unit", "currency", "the currency " + currency.getCurrencyCode() + " has no decimals");
    }
    return new Unit(currency.getCurrencyCode(), scale, UnitFamily.MONEY, currency);
  }

  /**
   * Parses a unit code: {@code HOUR}, {@code POINT} or an ISO 4217 currency code.
   *
   * @param code the code, not null
   * @return the unit, not null
   * @throws NullPointerException if {@code code} is null
   * @throws InvalidValueException if the code is none of these ({@code unit.code})
   */
  public static Unit parse(CharSequence code) {
    String text = Objects.requireNonNull(code, "code").toString();
    switch (text) {
      case "HOUR":
        return HOUR;
      case "POINT":
        return POINT;
      case "CNY":
        return CNY;
      default:
        break;
    }
    if (text.length() == 3 && text.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      try {
        return of(Currency.getInstance(text));
      } catch (IllegalArgumentException e) {
        // falls through to the error below
      }
    }
    throw InvalidValueException.of("unit", "code", "a unit is HOUR, POINT or an ISO 4217 code");
  }

  @JsonCreator
  static Unit fromJson(String code) {
    return parse(code);
  }

  /**
   * Returns the code written in the journal: {@code CNY}, {@code HOUR}, {@code POINT}.
   *
   * @return the code, not null
   */
  @JsonValue
  public String code() {
    return code;
  }

  /**
   * Returns the number of decimals of an amount in this unit.
   *
   * @return the scale, 0 or more
   */
  public int scale() {
    return scale;
  }

  /**
   * Returns the family of this unit.
   *
   * @return the family, not null
   */
  public UnitFamily family() {
    return family;
  }

  /**
   * Returns the currency of a money unit.
   *
   * @return the currency, not null
   * @throws UnitMismatchException if this is not a money unit
   */
  public Currency currency() {
    if (currency == null) {
      throw new UnitMismatchException(CNY, this);
    }
    return currency;
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this || (obj instanceof Unit other && other.code.equals(code));
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * Returns the {@linkplain #code() code}; {@link #parse(CharSequence)} reads it back.
   *
   * @return the code, not null
   */
  @Override
  public String toString() {
    return code;
  }
}
