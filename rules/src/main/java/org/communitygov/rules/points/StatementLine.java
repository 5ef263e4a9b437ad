package org.communitygov.rules.points;

import java.time.LocalDate;
import java.util.Objects;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.EntryId;
import org.communitygov.model.points.TransactionKind;

/**
 * One movement of a member's statement: its date, transaction, kind, the signed amount for the
 * member and its reason (the transaction's memo).
 *
 * @param date the value date, not null
 * @param transaction the transaction's id, not null
 * @param movement the kind of movement, not null
 * @param amount the signed amount for the member, not null
 * @param reason the reason, not null
 * @since 0.1.0
 */
public record StatementLine(
    LocalDate date, EntryId transaction, TransactionKind movement, Amount amount, String reason) {
  /** Checks the line. */
  public StatementLine {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(transaction, "transaction");
    Objects.requireNonNull(movement, "movement");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(reason, "reason");
  }
}
