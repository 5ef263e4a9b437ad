package org.communitygov.model.common;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** Reads {@link Money} from its parts as text: the amount and the ISO 4217 currency code. */
final class MoneyText {
  private MoneyText() {}

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
