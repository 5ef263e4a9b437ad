package org.communitygov.rules.points;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;
import org.communitygov.model.points.MemberId;
import org.communitygov.model.points.TransactionKind;

/**
 * The statements folded the simple way, as {@link Statement#all} made them before ADR 0110: one map
 * lookup by account id per posting, every member's lines sorted. The tests' reference.
 */
final class JournalStatements {
  private JournalStatements() {}

  static Map<MemberId, Statement> fold(
      List<Entry> entries, Unit unit, LocalDate from, LocalDate to, Optional<MemberId> only) {
    Map<AccountId, Folded> accounts = new HashMap<>();
    for (Entry entry : entries) {
      if (entry instanceof org.communitygov.model.ledger.Account a) {
        PointsAccounts.memberOf(a.id())
            .filter(m -> only.map(m::equals).orElse(true))
            .ifPresent(m -> accounts.putIfAbsent(a.id(), new Folded(m)));
      }
      if (!(entry instanceof Transaction tx) || tx.valueDate().isAfter(to)) {
        continue;
      }
      boolean before = tx.valueDate().isBefore(from);
      for (Posting posting : tx.postings()) {
        Folded f = accounts.get(posting.account());
        if (f == null) {
          continue;
        }
        long minor = posting.amount().minor();
        f.closing += minor;
        if (before) {
          f.opening += minor;
        } else {
          TransactionKind kind =
              TransactionKind.ofTransaction(tx.id().value()).orElse(TransactionKind.OTHER);
          f.lines.add(
              new StatementLine(tx.valueDate(), tx.id(), kind, posting.amount(), tx.memo()));
        }
      }
    }
    Map<MemberId, Statement> statements = new HashMap<>();
    for (Folded f : accounts.values()) {
      f.lines.sort(Comparator.comparing(StatementLine::date));
      statements.put(
          f.member,
          new Statement(
              f.member,
              from,
              to,
              Amount.ofMinor(unit, f.opening),
              f.lines,
              Amount.ofMinor(unit, f.closing)));
    }
    return statements;
  }

  private static final class Folded {
    final MemberId member;
    long opening;
    long closing;
    final List<StatementLine> lines = new ArrayList<>();

    Folded(MemberId member) {
      this.member = member;
    }
  }
}
