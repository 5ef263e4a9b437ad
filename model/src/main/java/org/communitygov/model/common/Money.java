package org.communitygov.model.common;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency, held exactly as a {@link BigDecimal} at the currency's
 * default number of fraction digits (2 for {@linkplain #CNY yuan}: {@code 123.45 CNY}).
 *
 * <p>There are no {@code double} entry points. A factory given more fraction digits than the
 * currency has rejects them unless a {@link RoundingMode} is given; every operation that may need
 * rounding takes one. Money of two currencies never mixes: sums, differences and comparisons across
 * currencies throw {@link CurrencyMismatchException}. In JSON it is {@code {"amount": "123.45",
 * "currency": "CNY"}}, the amount a decimal string. See {@code docs/adr/0003-money.md}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@JsonAutoDetect(
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    fieldVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"amount", "currency"})
public final class Money implements Comparable<Money> {
  /** The Chinese yuan (人民币), ISO 4217 {@code CNY}, with 2 fraction digits. */
  public static final Currency CNY = Currency.getInstance("CNY");

  static final String ATTRIBUTE = "money";

  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /**
   * Obtains money of the given amount, which must not have more significant fraction digits than
   * the currency has.
   *
   * @param currency the currency, with a default number of fraction digits, not null
   * @param amount the amount, such as {@code 123.45} for CNY, not null
   * @return the money, at the currency's scale, not null
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if the amount would need rounding ({@code money.scale}), or the
   *     currency has no fraction digits defined, such as {@code XXX} ({@code money.currency})
   */
  public static Money of(Currency currency, BigDecimal amount) {
    return of(currency, amount, RoundingMode.UNNECESSARY);
  }

  /**
   * Obtains money of the given amount, rounded to the currency's fraction digits.
   *
   * @param currency the currency, with a default number of fraction digits, not null
   * @param amount the amount, not null
   * @param rounding how to round extra fraction digits, not null
   * @return the money, at the currency's scale, not null
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and the
   *     amount would need rounding ({@code money.scale}), or the currency has no fraction digits
   *     defined ({@code money.currency})
   */
  public static Money of(Currency currency, BigDecimal amount, RoundingMode rounding) {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(rounding, "rounding");
    int scale = MoneyText.scaleOf(currency);
    try {
      return new Money(amount.setScale(scale, rounding), currency);
    } catch (ArithmeticException e) {
      throw InvalidValueException.of(
          ATTRIBUTE,
          "scale",
          "an amount in " + currency.getCurrencyCode() + " has at most " + scale + " decimals");
    }
  }

  /**
   * Obtains zero in the given currency.
   *
   * @param currency the currency, with a default number of fraction digits, not null
   * @return zero, at the currency's scale, not null
   * @throws NullPointerException if {@code currency} is null
   * @throws InvalidValueException if the currency has no fraction digits defined ({@code
   *     money.currency})
   */
  public static Money zero(Currency currency) {
    return of(currency, BigDecimal.ZERO);
  }

  /**
   * Obtains an amount of yuan (CNY), with at most 2 significant fraction digits.
   *
   * @param amount the amount, not null
   * @return the money, not null
   * @throws NullPointerException if {@code amount} is null
   * @throws InvalidValueException if the amount has more than 2 significant decimals ({@code
   *     money.scale})
   */
  public static Money ofCny(BigDecimal amount) {
    return of(CNY, amount);
  }

  /**
   * Parses the form written by {@link #toString()}: a plain decimal amount, one space and an ISO
   * 4217 code, as in {@code 123.45 CNY} or {@code -0.50 CNY}.
   *
   * @param text the text, not null
   * @return the money, not null
   * @throws NullPointerException if {@code text} is null
   * @throws InvalidValueException if the text is not of that form ({@code money.format}), the
   *     currency is unknown ({@code money.currency}) or the amount has too many decimals ({@code
   *     money.scale})
   */
  public static Money parse(CharSequence text) {
    return MoneyText.parse(Objects.requireNonNull(text, "text").toString());
  }

  @JsonCreator
  static Money fromJson(
      @JsonProperty(value = "amount", required = true) String amount,
      @JsonProperty(value = "currency", required = true) String currency) {
    return MoneyText.fromParts(Objects.requireNonNull(amount, "amount"), currency);
  }

  /**
   * Returns the sum of the given money, all in {@code currency}; zero if there is none.
   *
   * @param currency the currency of the total, not null
   * @param amounts the money to add up, no element null, not null
   * @return the total, not null
   * @throws NullPointerException if an argument or an element is null
   * @throws CurrencyMismatchException if an element is in another currency
   * @throws InvalidValueException if the currency has no fraction digits defined ({@code
   *     money.currency})
   */
  public static Money total(Currency currency, Iterable<Money> amounts) {
    Objects.requireNonNull(amounts, "amounts");
    Money total = zero(currency);
    for (Money money : amounts) {
      total = total.plus(Objects.requireNonNull(money, "amounts element"));
    }
    return total;
  }

  private Money checkCurrency(Money other) {
    Objects.requireNonNull(other, "other");
    if (!other.currency.equals(currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
    return other;
  }

  private Money withExactAmount(BigDecimal newAmount) {
    return newAmount.compareTo(amount) == 0 ? this : new Money(newAmount, currency);
  }

  /**
   * Returns the amount, at the currency's scale ({@code 123.45}, {@code 0.00}).
   *
   * @return the amount, not null
   */
  public BigDecimal amount() {
    return amount;
  }

  @JsonProperty("amount")
  String amountForJson() {
    return amount.toPlainString();
  }

  /**
   * Returns the currency.
   *
   * @return the currency, not null
   */
  public Currency currency() {
    return currency;
  }

  @JsonProperty("currency")
  String currencyForJson() {
    return currency.getCurrencyCode();
  }

  /**
   * Returns money of the same currency with another amount, or this if the amount is the same.
   *
   * @param newAmount the amount, with at most the currency's number of significant decimals, not
   *     null
   * @return the money, not null
   * @throws NullPointerException if {@code newAmount} is null
   * @throws InvalidValueException if the amount would need rounding ({@code money.scale})
   */
  public Money withAmount(BigDecimal newAmount) {
    Money candidate = of(currency, newAmount);
    return candidate.amount.equals(amount) ? this : candidate;
  }

  /**
   * Returns the sum of this and {@code other}.
   *
   * @param other the money to add, in the same currency, not null
   * @return the sum, not null (this, if {@code other} is zero)
   * @throws NullPointerException if {@code other} is null
   * @throws CurrencyMismatchException if {@code other} is in another currency
   */
  public Money plus(Money other) {
    return withExactAmount(amount.add(checkCurrency(other).amount));
  }

  /**
   * Returns the difference of this and {@code other}.
   *
   * @param other the money to subtract, in the same currency, not null
   * @return the difference, not null (this, if {@code other} is zero)
   * @throws NullPointerException if {@code other} is null
   * @throws CurrencyMismatchException if {@code other} is in another currency
   */
  public Money minus(Money other) {
    return withExactAmount(amount.subtract(checkCurrency(other).amount));
  }

  /**
   * Returns this amount multiplied by a whole number; no rounding is needed.
   *
   * @param multiplicand the factor
   * @return the product, not null
   */
  public Money multipliedBy(long multiplicand) {
    return withExactAmount(amount.multiply(BigDecimal.valueOf(multiplicand)));
  }

  /**
   * Returns this amount multiplied by a decimal factor, rounded to the currency's scale.
   *
   * @param multiplicand the factor, such as a rate {@code 0.35}, not null
   * @param rounding how to round, not null
   * @return the product, not null
   * @throws NullPointerException if an argument is null
   * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and
   *     rounding is needed
   */
  public Money multipliedBy(BigDecimal multiplicand, RoundingMode rounding) {
    Objects.requireNonNull(multiplicand, "multiplicand");
    Objects.requireNonNull(rounding, "rounding");
    return withExactAmount(amount.multiply(multiplicand).setScale(amount.scale(), rounding));
  }

  /**
   * Returns this amount divided by a whole number, rounded to the currency's scale.
   *
   * @param divisor the divisor, not zero
   * @param rounding how to round, not null
   * @return the quotient, not null
   * @throws NullPointerException if {@code rounding} is null
   * @throws ArithmeticException if {@code divisor} is zero, or {@code rounding} is {@link
   *     RoundingMode#UNNECESSARY} and rounding is needed
   */
  public Money dividedBy(long divisor, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    return withExactAmount(amount.divide(BigDecimal.valueOf(divisor), amount.scale(), rounding));
  }

  /**
   * Returns this amount with the opposite sign.
   *
   * @return the negated money, not null (this, if zero)
   */
  public Money negated() {
    return withExactAmount(amount.negate());
  }

  /**
   * Returns this amount without its sign.
   *
   * @return the absolute amount, not null (this, if not negative)
   */
  public Money abs() {
    return amount.signum() < 0 ? negated() : this;
  }

  /**
   * Tells whether the amount is zero.
   *
   * @return true if zero
   */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * Tells whether the amount is greater than zero.
   *
   * @return true if positive
   */
  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /**
   * Tells whether the amount is less than zero.
   *
   * @return true if negative
   */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /**
   * Tells whether the amount is zero or more.
   *
   * @return true if not negative
   */
  public boolean isPositiveOrZero() {
    return amount.signum() >= 0;
  }

  /**
   * Tells whether the amount is zero or less.
   *
   * @return true if not positive
   */
  public boolean isNegativeOrZero() {
    return amount.signum() <= 0;
  }

  /**
   * Tells whether this amount is greater than {@code other}.
   *
   * @param other the money to compare with, in the same currency, not null
   * @return true if this is greater
   * @throws NullPointerException if {@code other} is null
   * @throws CurrencyMismatchException if {@code other} is in another currency
   */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /**
   * Tells whether this amount is less than {@code other}.
   *
   * @param other the money to compare with, in the same currency, not null
   * @return true if this is less
   * @throws NullPointerException if {@code other} is null
   * @throws CurrencyMismatchException if {@code other} is in another currency
   */
  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  /**
   * Compares the amounts of this and {@code other}, which must be in the same currency.
   *
   * @param other the money to compare with, in the same currency, not null
   * @return negative, zero or positive as this is less than, equal to or greater than {@code other}
   * @throws NullPointerException if {@code other} is null
   * @throws CurrencyMismatchException if {@code other} is in another currency
   */
  @Override
  public int compareTo(Money other) {
    return amount.compareTo(checkCurrency(other).amount);
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this
        || (obj instanceof Money other
            && other.currency.equals(currency)
            && other.amount.equals(amount));
  }

  @Override
  public int hashCode() {
    return currency.hashCode() * 31 + amount.hashCode();
  }

  /**
   * Returns the plain amount, a space and the currency code: {@code 123.45 CNY}; {@link
   * #parse(CharSequence)} reads it back.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
