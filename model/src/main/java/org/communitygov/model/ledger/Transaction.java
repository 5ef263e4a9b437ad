package org.communitygov.model.ledger;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A transaction: postings that move value between accounts, booked on a date, with a memo and the
 * document it comes from. Its id is the idempotency key.
 *
 * <p>A transaction with an {@linkplain #expiresOn() expiry date} is pending (two-phase): it
 * reserves what it takes from accounts until a {@link PendingOutcome} posts or voids it. A
 * transaction that {@linkplain #reverses() reverses} another posts the opposite of its postings, in
 * the open period, and names what it corrects.
 *
 * <p>Invariants checked here: at least two postings, an expiry not before the booking date, a
 * reversal is not pending, memo and source are short plain text. That the postings sum to zero per
 * unit, and use one unit, is checked when the transaction is posted, which answers with a result
 * code ({@code unbalanced}, {@code mixed_units}) rather than an exception; {@link #isBalanced()}
 * tells it beforehand.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableTransaction.class)
@JsonDeserialize(as = ImmutableTransaction.class)
public abstract class Transaction implements Entry {
  Transaction() {}

  /**
   * Returns a builder.
   *
   * @return the builder, not null
   */
  public static ImmutableTransaction.Builder builder() {
    return ImmutableTransaction.builder();
  }

  /**
   * Returns the id, the idempotency key.
   *
   * @return the id, not null
   */
  public abstract EntryId id();

  /**
   * Returns the date the transaction is booked on.
   *
   * @return the date, not null
   */
  public abstract LocalDate bookingDate();

  /**
   * Returns the date the value moves on, which balances on a date use.
   *
   * @return the date, not null
   */
  public abstract LocalDate valueDate();

  /**
   * Returns the postings, in the order given.
   *
   * @return the postings, at least two, not null
   */
  @Size(min = 2)
  public abstract List<Posting> postings();

  /**
   * Returns the memo.
   *
   * @return the memo, possibly empty, not null
   */
  @Value.Default
  public String memo() {
    return "";
  }

  /**
   * Returns a reference to the source document (receipt, service record, decision), if any.
   *
   * @return the reference, not null
   */
  public abstract Optional<String> source();

  /**
   * Returns the purpose the transaction spends for, if any: a transaction that takes from a
   * {@linkplain AccountFlag#RESTRICTED_PURPOSE restricted-purpose} account must name that account's
   * purpose (reversals excepted).
   *
   * @return the purpose, not null
   * @since 0.1.0
   */
  public abstract Optional<String> purpose();

  /**
   * Returns the id of the transaction this one reverses, if it is a reversal.
   *
   * @return the reversed transaction's id, not null
   */
  public abstract Optional<EntryId> reverses();

  /**
   * Returns the last date a pending transaction can be posted on; present only for pending ones.
   *
   * @return the expiry date, not null
   */
  public abstract Optional<LocalDate> expiresOn();

  /**
   * Tells whether this is a pending (two-phase) transaction.
   *
   * @return true if it has an expiry date
   */
  @JsonIgnore
  public final boolean isPending() {
    return expiresOn().isPresent();
  }

  /**
   * Returns the sum of the postings per unit, in the order the units first appear.
   *
   * @return the sums, not null
   * @throws ArithmeticException if a sum overflows
   */
  public final Map<Unit, Amount> sums() {
    Map<Unit, Amount> sums = new LinkedHashMap<>();
    for (Posting posting : postings()) {
      sums.merge(posting.amount().unit(), posting.amount(), Amount::plus);
    }
    return sums;
  }

  /**
   * Tells whether the postings sum to zero in every unit.
   *
   * @return true if balanced
   */
  @JsonIgnore
  public final boolean isBalanced() {
    return sums().values().stream().allMatch(Amount::isZero);
  }

  @Override
  public final EntryKind entryKind() {
    return EntryKind.TRANSACTION;
  }

  @Override
  public final String key() {
    return id().value();
  }

  @Override
  public final LocalDate date() {
    return bookingDate();
  }

  @Override
  public final LocalDate earliestDate() {
    return valueDate().isBefore(bookingDate()) ? valueDate() : bookingDate();
  }

  @Value.Check
  void check() {
    if (postings().size() < 2) {
      throw InvalidValueException.of("transaction", "postings", "a transaction has two postings");
    }
    // Each optional attribute read as its value, the Optional dropped where it is made: every
    // transaction built is checked, and an Optional passed on is one made per check.
    @Nullable LocalDate expires = expiresOn().orElse(null);
    if (expires != null && expires.isBefore(bookingDate())) {
      throw InvalidValueException.of(
          "transaction", "expiresOn", "a pending transaction expires on or after its booking date");
    }
    if (expires != null && reverses().isPresent()) {
      throw InvalidValueException.of(
          "transaction", "pendingReversal", "a reversal is posted at once, never pending");
    }
    Texts.check("transaction", "memo", memo());
    @Nullable String source = source().orElse(null);
    if (source != null) {
      Texts.check("transaction", "source", source);
    }
    @Nullable String purpose = purpose().orElse(null);
    if (purpose != null) {
      Texts.check("transaction", "purpose", purpose);
    }
  }
}
