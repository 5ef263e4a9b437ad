package org.communitygov.rules.points;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.points.TransactionKind;
import org.communitygov.rules.engine.LocalizedText;
import org.communitygov.rules.engine.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * What a points policy decided: the transaction to post for a movement, nothing to post (an
 * activity voided, a cap reached), or a refusal with its reason.
 *
 * <p>Its code is the movement ({@code ACCRUAL}, {@code REDEMPTION}, …), {@code NOTHING} or {@code
 * REFUSED}; its details are the movement, the transaction's id and postings, and the reason's code.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PointsOutcome implements Outcome {
  private final TransactionKind movement;
  private final Transaction transaction;
  private final RefusalReason reason;
  private final String ledgerCode;

  private PointsOutcome(
      TransactionKind movement, Transaction transaction, RefusalReason reason, String ledgerCode) {
    this.movement = Objects.requireNonNull(movement, "movement");
    this.transaction = transaction;
    this.reason = reason;
    this.ledgerCode = ledgerCode;
  }

  static PointsOutcome posting(TransactionKind movement, Transaction transaction) {
    return new PointsOutcome(movement, Objects.requireNonNull(transaction), null, null);
  }

  static PointsOutcome nothing(TransactionKind movement) {
    return new PointsOutcome(movement, null, null, null);
  }

  static PointsOutcome refused(TransactionKind movement, RefusalReason reason) {
    return new PointsOutcome(movement, null, Objects.requireNonNull(reason), null);
  }

  PointsOutcome refusedByLedger(String code) {
    return new PointsOutcome(movement, transaction, RefusalReason.LEDGER, code);
  }

  /**
   * Returns the movement asked for.
   *
   * @return the movement, not null
   */
  public TransactionKind movement() {
    return movement;
  }

  /**
   * Returns the transaction to post (or that the ledger refused), if any.
   *
   * @return the transaction, not null
   */
  public Optional<Transaction> transaction() {
    return Optional.ofNullable(transaction);
  }

  /** The transaction, as {@link #transaction()} without its {@code Optional}; null if none. */
  @Nullable Transaction transactionOrNull() {
    return transaction;
  }

  /**
   * Returns why the request was refused, if it was.
   *
   * @return the reason, not null
   */
  public Optional<RefusalReason> reason() {
    return Optional.ofNullable(reason);
  }

  /**
   * Returns the ledger's result code when the ledger refused the transaction.
   *
   * @return the code, such as {@code future_dated}, not null
   */
  public Optional<String> ledgerCode() {
    return Optional.ofNullable(ledgerCode);
  }

  /**
   * Tells whether the request was refused.
   *
   * @return true if refused
   */
  public boolean isRefused() {
    return reason != null;
  }

  @Override
  public String code() {
    return reason != null ? "REFUSED" : transaction == null ? "NOTHING" : movement.name();
  }

  @Override
  public Map<String, String> details() {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("movement", movement.name());
    if (transaction != null) {
      details.put("transaction", transaction.id().value());
      details.put(
          "postings",
          transaction.postings().stream().map(Posting::toString).collect(Collectors.joining(", ")));
    }
    if (reason != null) {
      details.put("reason", reason.code());
    }
    if (ledgerCode != null) {
      details.put("ledgerCode", ledgerCode);
    }
    return details;
  }

  @Override
  public Optional<LocalizedText> displayName() {
    String zh =
        switch (code()) {
          case "REFUSED" -> "不予办理";
          case "NOTHING" -> "不计入";
          case "ACCRUAL" -> "记入";
          case "BONUS" -> "奖励";
          case "REDEMPTION" -> "兑换";
          case "TRANSFER" -> "转赠";
          case "DONATION" -> "捐赠";
          default -> "过期";
        };
    String en =
        switch (code()) {
          case "REFUSED" -> "Refused";
          case "NOTHING" -> "Nothing credited";
          case "ACCRUAL" -> "Credited";
          case "BONUS" -> "Bonus";
          case "REDEMPTION" -> "Redeemed";
          case "TRANSFER" -> "Transferred";
          case "DONATION" -> "Donated";
          default -> "Expired";
        };
    return Optional.of(LocalizedText.of(zh, en));
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this
        || (obj instanceof PointsOutcome o
            && o.movement == movement
            && Objects.equals(o.transaction, transaction)
            && o.reason == reason
            && Objects.equals(o.ledgerCode, ledgerCode));
  }

  @Override
  public int hashCode() {
    return Objects.hash(movement, transaction, reason, ledgerCode);
  }

  @Override
  public String toString() {
    return code() + details();
  }
}
