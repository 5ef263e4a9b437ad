package org.communitygov.rules.points;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.Unit;
import org.communitygov.model.points.MemberId;

/**
 * A member's statement for a period, derived from the ledger: the opening balance (the fold of
 * everything with a value date before the period), each movement in the period with its reason, and
 * the closing balance, which is the opening balance plus the movements.
 *
 * @param member the member, not null
 * @param from the first day of the period, not null
 * @param to the last day of the period, not null
 * @param opening the balance at the start of the period, not null
 * @param lines the movements in order of value date, then of the journal, not null
 * @param closing the balance at the end of the period, not null
 * @since 0.1.0
 */
public record Statement(
    MemberId member,
    LocalDate from,
    LocalDate to,
    Amount opening,
    List<StatementLine> lines,
    Amount closing) {
  /** Checks the statement. */
  public Statement {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(opening, "opening");
    lines = List.copyOf(lines);
    Objects.requireNonNull(closing, "closing");
  }

  /**
   * Makes the statements of every member with an account, in one pass over a journal.
   *
   * @param entries the journal's entries, in order, not null
   * @param unit the scheme's unit, not null
   * @param from the first day, not null
   * @param to the last day, not null
   * @return the statements by member, in no particular order, not null
   */
  public static Map<MemberId, Statement> all(
      List<Entry> entries, Unit unit, LocalDate from, LocalDate to) {
    return fold(entries, unit, from, to, Optional.empty());
  }

  static Map<MemberId, Statement> fold(
      List<Entry> entries, Unit unit, LocalDate from, LocalDate to, Optional<MemberId> only) {
    return StatementFold.fold(entries, unit, from, to, only);
  }
}
