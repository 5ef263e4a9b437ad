package org.communitygov.rules.points;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.ledger.Account;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;
import org.communitygov.model.points.MemberId;
import org.communitygov.model.points.TransactionKind;
import org.jspecify.annotations.Nullable;

/**
 * The members' statements folded from a journal in one pass (ADR 0110). A member counts from the
 * journal's first entry opening the member's account; each later transaction up to the period's end
 * adds its postings to that account to the closing balance, and either to the opening balance
 * (value date before the period) or as a line. A line is made once per posting, with the
 * transaction's kind found once per transaction; a member's lines are sorted (stably, by value
 * date) only when the journal gave them out of date order.
 *
 * <p>Members are numbered in order of their accounts' opening, and their running figures kept in
 * arrays by that number. A posting finds the number by the instance of its account id in an
 * open-addressing table: a book names a member's account by one instance, its journal's {@code
 * Account} entry's, so the table answers with one probe that reads no id's text. An instance the
 * table does not know is looked up by value once, and remembered.
 *
 * <p>Not thread-safe: one fold at a time, by the caller that made it.
 */
final class StatementFold {
  private static final Comparator<StatementLine> BY_DATE =
      Comparator.comparing(StatementLine::date);
  // The identity table's slots at first; it is kept at most half full.
  private static final int FIRST_TABLE = 1 << 10;
  // An instance known not to name a member's account.
  private static final int NONE = -1;

  private final Unit unit;
  private final LocalDate from;
  private final LocalDate to;
  private final @Nullable MemberId only;
  // The account of the only member folded, if there is one.
  private final @Nullable String onlyAccount;

  // A member's running figures, side by side in one array (ADR 0121): a posting reads and writes
  // one place of memory for them, not one per figure. The figures of member m are at FIGURES * m.
  private static final int FIGURES = 4;
  private static final int CLOSING = 0;
  private static final int OPENING = 1;
  // The day (epoch day) of the last line in date order; read only once a member has a line.
  private static final int LAST = 2;
  private static final int COUNT = 3;

  // By member number: the member, the figures, lines so far, and whether the lines came in date
  // order.
  private MemberId[] members = new MemberId[16];
  private long[] figures = new long[16 * FIGURES];
  private StatementLine[][] lines = new StatementLine[16][];
  private boolean[] unordered = new boolean[16];
  private int size;

  // The member numbers of the accounts by value, and by instance (the number, or NONE).
  private final Map<AccountId, Integer> byValue = new HashMap<>();
  private AccountId[] instances = new AccountId[FIRST_TABLE];
  private int[] numbers = new int[FIRST_TABLE];
  private int known;

  private StatementFold(Unit unit, LocalDate from, LocalDate to, @Nullable MemberId only) {
    this.unit = unit;
    this.from = from;
    this.to = to;
    this.only = only;
    this.onlyAccount = only == null ? null : PointsAccounts.member(only).value();
  }

  /**
   * The statements of the members with an account (or of {@code only}, if it is present) in a
   * journal, as {@link Statement#all} describes them.
   */
  static Map<MemberId, Statement> fold(
      List<Entry> entries, Unit unit, LocalDate from, LocalDate to, Optional<MemberId> only) {
    StatementFold fold = new StatementFold(unit, from, to, only.orElse(null));
    for (Entry entry : entries) {
      if (entry instanceof Transaction tx) {
        fold.transaction(tx);
      } else if (entry instanceof Account a) {
        fold.open(a.id());
      }
    }
    return fold.statements();
  }

  private void open(AccountId account) {
    Optional<MemberId> member = PointsAccounts.memberOf(account);
    if (member.isEmpty() || (only != null && !only.equals(member.get()))) {
      return;
    }
    Integer number = byValue.get(account);
    if (number == null) {
      number = add(member.get());
      byValue.put(account, number);
    }
    remember(account, number);
  }

  private void transaction(Transaction tx) {
    LocalDate date = tx.valueDate();
    if (date.isAfter(to)) {
      return;
    }
    boolean before = date.isBefore(from);
    TransactionKind kind = null; // found for the transaction's first line
    long day = 0; // likewise
    // By index: the postings' iterator (and its unmodifiable wrapper's) is made for nothing.
    List<Posting> postings = tx.postings();
    for (int i = 0; i < postings.size(); i++) {
      Posting posting = postings.get(i);
      AccountId account = posting.account();
      if (PointsAccounts.isSchemeInstance(account)) {
        continue;
      }
      int member = number(account);
      if (member == NONE) {
        continue;
      }
      Amount amount = posting.amount();
      long minor = amount.minor();
      int at = member * FIGURES;
      figures[at + CLOSING] += minor;
      if (before) {
        figures[at + OPENING] += minor;
        continue;
      }
      if (kind == null) {
        kind = TransactionKind.ofTransaction(tx.id().value()).orElse(TransactionKind.OTHER);
        day = date.toEpochDay();
      }
      line(member, new StatementLine(date, tx.id(), kind, amount, tx.memo()), day);
    }
  }

  /** Adds a line of a day (its date's epoch day) to a member's. */
  private void line(int member, StatementLine line, long day) {
    int at = member * FIGURES;
    StatementLine[] held = lines[member];
    int count = (int) figures[at + COUNT];
    if (held == null) {
      held = new StatementLine[8];
      lines[member] = held;
    } else if (count == held.length) {
      held = Arrays.copyOf(held, count * 2);
      lines[member] = held;
    }
    held[count] = line;
    figures[at + COUNT] = count + 1;
    // The last day is compared as a number: the last line's date is another transaction's object.
    if (count > 0 && day < figures[at + LAST]) {
      unordered[member] = true;
    } else {
      figures[at + LAST] = day;
    }
  }

  private Map<MemberId, Statement> statements() {
    Map<MemberId, Statement> statements = new HashMap<>(Math.max(16, size * 4 / 3 + 1));
    for (int m = 0; m < size; m++) {
      StatementLine[] held = lines[m];
      int count = (int) figures[m * FIGURES + COUNT];
      List<StatementLine> list;
      if (held == null) {
        list = List.of();
      } else {
        if (unordered[m]) {
          Arrays.sort(held, 0, count, BY_DATE); // stable: journal order within a date
        }
        // Copied once, by the statement (List.copyOf).
        list = Arrays.asList(held).subList(0, count);
      }
      statements.put(
          members[m],
          new Statement(
              members[m],
              from,
              to,
              Amount.ofMinor(unit, figures[m * FIGURES + OPENING]),
              list,
              Amount.ofMinor(unit, figures[m * FIGURES + CLOSING])));
    }
    return statements;
  }

  /** A new member's number. */
  private int add(MemberId member) {
    if (size == members.length) {
      int capacity = size * 2;
      members = Arrays.copyOf(members, capacity);
      figures = Arrays.copyOf(figures, capacity * FIGURES);
      lines = Arrays.copyOf(lines, capacity);
      unordered = Arrays.copyOf(unordered, capacity);
    }
    members[size] = member;
    return size++;
  }

  /** The member number of a posting's account, or {@link #NONE}. */
  private int number(AccountId account) {
    int mask = instances.length - 1;
    for (int at = slot(account, mask); ; at = (at + 1) & mask) {
      AccountId instance = instances[at];
      if (instance == account) {
        return numbers[at];
      }
      if (instance == null) {
        break;
      }
    }
    Integer number = byValue.get(account);
    if (number != null) {
      remember(account, number);
      return number;
    }
    // Not (yet) a folded member's account: remembered only if no later entry can open it as one,
    // and
    // while the table stays within a few instances per member (a journal read back names every
    // posting's account by its own instance).
    String value = account.value();
    boolean mayOpen =
        onlyAccount == null
            ? value.startsWith(PointsAccounts.MEMBER_PREFIX)
            : onlyAccount.equals(value);
    if (!mayOpen && known < 4 * size + FIRST_TABLE) {
      remember(account, NONE);
    }
    return NONE;
  }

  private void remember(AccountId account, int number) {
    if (2 * (known + 1) > instances.length) {
      grow();
    }
    int mask = instances.length - 1;
    int at = slot(account, mask);
    while (instances[at] != null) {
      if (instances[at] == account) {
        numbers[at] = number;
        return;
      }
      at = (at + 1) & mask;
    }
    instances[at] = account;
    numbers[at] = number;
    known++;
  }

  private void grow() {
    AccountId[] oldInstances = instances;
    int[] oldNumbers = numbers;
    instances = new AccountId[oldInstances.length * 2];
    numbers = new int[oldInstances.length * 2];
    int mask = instances.length - 1;
    for (int i = 0; i < oldInstances.length; i++) {
      if (oldInstances[i] != null) {
        int at = slot(oldInstances[i], mask);
        while (instances[at] != null) {
          at = (at + 1) & mask;
        }
        instances[at] = oldInstances[i];
        numbers[at] = oldNumbers[i];
      }
    }
  }

  /** An instance's home slot: its identity hash, its bits mixed. */
  private static int slot(AccountId account, int mask) {
    int h = System.identityHashCode(account) * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }
}
