package org.communitygov.model.common;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * Reads {@link Money} from text ({@code 123.45 CNY}, or its parts: the amount and the ISO 4217
 * currency code), and gives a currency's scale.
 */
final class MoneyText {
  private MoneyText() {}

  /**
   * The money an amount, one space and a currency code write.
   *
   * @throws InvalidValueException {@code money.format}, {@code money.currency} or {@code
   *     money.scale}
   */
  static Money parse(String text) {
    int space = text.indexOf(' ');
    if (space < 0 || text.indexOf(' ', space + 1) >= 0) {
      throw InvalidValueException.of(
          Money.ATTRIBUTE,
          "format",
          "expected an amount, one space and a currency code: 123.45 CNY");
    }
    return fromParts(text.substring(0, space), text.substring(space + 1));
  }

  /**
   * The number of fraction digits of a currency's amounts.
   *
   * @throws InvalidValueException {@code money.currency} if the currency defines none
   */
  static int scaleOf(Currency currency) {
    int scale = currency.getDefaultFractionDigits();
    if (scale < 0) {
      throw InvalidValueException.of(
          Money.ATTRIBUTE,
          "currency",
          "the currency " + currency.getCurrencyCode() + " has no fraction digits defined");
    }
    return scale;
  }

  /**
   * The money of a plain decimal amount and a currency code.
   *
   * @throws InvalidValueException {@code money.format}, {@code money.currency} or {@code
   *     money.scale}
   */
  static Money fromParts(String amount, String currencyCode) {
    Objects.requireNonNull(currencyCode, "currency");
    if (!AsciiText.isPlainDecimal(amount)) {
      throw InvalidValueException.of(
          Money.ATTRIBUTE, "format", "the amount must be a plain decimal such as 123.45 or -0.50");
    }
    Currency currency = null;
    if (currencyCode.length() == 3 && AsciiText.isUpperCaseLetters(currencyCode)) {
      try {
        currency = Currency.getInstance(currencyCode);
      } catch (IllegalArgumentException e) {
        currency = null;
      }
    }
    if (currency == null) {
      throw InvalidValueException.of(
          Money.ATTRIBUTE, "currency", "the currency is not an ISO 4217 code such as CNY");
    }
    return Money.of(currency, new BigDecimal(amount));
  }
}
