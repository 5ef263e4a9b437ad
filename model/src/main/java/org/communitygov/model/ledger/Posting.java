package org.communitygov.model.ledger;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.Objects;
import org.communitygov.model.common.InvalidValueException;

/**
 * One line of a transaction: an account and a signed, non-zero amount. A positive amount adds to
 * the account's balance, a negative one takes from it.
 *
 * <p>In JSON it is {@code {"account": "m1", "amount": "-12.50", "unit": "CNY"}}: the amount a plain
 * decimal string with at most the unit's decimals, written with exactly that many, as in the
 * journal's canonical form.
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
@JsonPropertyOrder({"account", "amount", "unit"})
public final class Posting {
  /** A plain decimal, as JSON writes an amount: {@code -12.50}, {@code 3}. */
  private static final String DECIMAL = "-?(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?";

  private final AccountId account;
  private final Amount amount;

  private Posting(AccountId account, Amount amount) {
    this.account = account;
    this.amount = amount;
  }

  /**
   * Obtains a posting.
   *
   * @param account the account, not null
   * @param amount the signed amount, not zero, not null
   * @return the posting, not null
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if the amount is zero ({@code posting.zero})
   */
  public static Posting of(AccountId account, Amount amount) {
    Objects.requireNonNull(account, "account");
    if (Objects.requireNonNull(amount, "amount").isZero()) {
      throw InvalidValueException.of("posting", "zero", "a posting's amount is not zero");
    }
    return new Posting(account, amount);
  }

  @JsonCreator
  static Posting fromJson(
      @JsonProperty(value = "account", required = true) AccountId account,
      @JsonProperty(value = "amount", required = true) String amount,
      @JsonProperty(value = "unit", required = true) Unit unit) {
    if (!Objects.requireNonNull(amount, "amount").matches(DECIMAL)) {
      throw InvalidValueException.of(
          "amount", "format", "an amount is a plain decimal string such as -12.50");
    }
    return of(account, Amount.of(unit, new BigDecimal(amount)));
  }

  @JsonProperty("amount")
  String amountForJson() {
    return amount.decimalText();
  }

  @JsonProperty("unit")
  Unit unitForJson() {
    return amount.unit();
  }

  /**
   * Returns the account.
   *
   * @return the account, not null
   */
  @JsonProperty("account")
  public AccountId account() {
    return account;
  }

  /**
   * Returns the signed amount.
   *
   * @return the amount, not null
   */
  public Amount amount() {
    return amount;
  }

  /**
   * Returns the posting with the opposite amount, as a reversal posts it.
   *
   * @return the negated posting, not null
   */
  public Posting negated() {
    return new Posting(account, amount.negated());
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this
        || (obj instanceof Posting other
            && other.account.equals(account)
            && other.amount.equals(amount));
  }

  @Override
  public int hashCode() {
    return account.hashCode() * 31 + amount.hashCode();
  }

  @Override
  public String toString() {
    return account + " " + amount;
  }
}
