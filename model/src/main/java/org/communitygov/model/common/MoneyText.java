package org.communitygov.model.common;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/** Reads {@link Money} from its parts as text: the amount and the ISO 4217 currency code. */
final class MoneyText {
  private static final Pattern AMOUNT = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
  private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

  private MoneyText() {}

  /**
   * The money of a plain decimal amount and a currency code.
   *
   * @throws InvalidValueException {@code money.format}, {@code money.currency} or {@code
   *     money.scale}
   */
  static Money fromParts(String amount, String currencyCode) {
    Objects.requireNonNull(currencyCode, "currency");
    if (!AMOUNT.matcher(amount).matches()) {
      throw InvalidValueException.of(
          Money.ATTRIBUTE, "format", "the amount must be a plain decimal such as 123.45 or -0.50");
    }
    Currency currency = null;
    if (CURRENCY_CODE.matcher(currencyCode).matches()) {
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
