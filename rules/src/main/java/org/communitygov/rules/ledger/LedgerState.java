package org.communitygov.rules.ledger;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communitygov.model.ledger.Account;
import org.communitygov.model.ledger.AccountClosure;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.LedgerId;
import org.communitygov.model.ledger.PendingOutcome;
import org.communitygov.model.ledger.PeriodClose;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Refusal;
import org.communitygov.model.ledger.Transaction;
import org.jspecify.annotations.Nullable;

/**
 * The state a ledger derives from its journal, changed only by {@link #apply(Entry)}. Inside a
 * batch every change is logged, so that the batch can be undone when a linked entry fails or the
 * store refuses the append.
 */
final class LedgerState {
  final LedgerId ledger;
  final Journal journal = new Journal();
  // by the account id's value: a lookup compares strings, not the ids that hold them
  private final AccountTable accounts = new AccountTable();
  // every posted amount, linked per account
  private final PostedAmounts postedAmounts = new PostedAmounts();
  final Map<String, PendingOutcome.Resolution> resolved = new HashMap<>();
  final Set<String> reversed = new HashSet<>();
  @Nullable LocalDate closedThrough;

  /**
   * The states of the accounts of the postings of the entry being checked, in posting order: filled
   * by the account checks of {@code PostingRules}, read by the checks after them. Scratch space of
   * the one writer, reused from entry to entry.
   */
  AccountState[] postingStates = new AccountState[8];

  /** The entry whose postings' states are in {@link #postingStates}, until it is applied. */
  @Nullable Entry checked;

  /**
   * Scratch space of the balance check of {@code PostingRules}, per account of an entry's postings:
   * the account, and the changes to what is posted and to what is reserved. Reused from entry to
   * entry; {@link #balanceScratch(int)} sizes it and zeroes the changes.
   */
  AccountState[] balanceAccounts = new AccountState[8];

  long[] postedChanges = new long[8];
  long[] reservedChanges = new long[8];

  // The undo log of the batch in progress (null outside a batch), and the one reused batch to
  // batch.
  private @Nullable Deque<Runnable> undo;
  private final Deque<Runnable> log = new ArrayDeque<>();
  // The accounts that took a posting in the batch, in order: each one's last amount is removed on
  // undo (an undo that commutes with the logged ones, so it needs no object per posting).
  private AccountState[] added = new AccountState[8];
  private int addedCount;
  // The journal's size when the batch in progress began.
  private int batchStart;

  LedgerState(LedgerId ledger) {
    this.ledger = ledger;
  }

  /** The scratch array for the account states of {@code n} postings. */
  AccountState[] postingStates(int n) {
    if (postingStates.length < n) {
      postingStates = new AccountState[Math.max(n, 2 * postingStates.length)];
    }
    return postingStates;
  }

  /** Sizes the balance check's scratch space for {@code n} postings, the changes zeroed. */
  void balanceScratch(int n) {
    if (balanceAccounts.length < n) {
      int length = Math.max(n, 2 * balanceAccounts.length);
      balanceAccounts = new AccountState[length];
      postedChanges = new long[length];
      reservedChanges = new long[length];
    }
    Arrays.fill(postedChanges, 0, n, 0);
    Arrays.fill(reservedChanges, 0, n, 0);
  }

  void beginBatch() {
    if (!log.isEmpty()) {
      log.clear();
    }
    addedCount = 0;
    undo = log;
    batchStart = journal.size();
  }

  void commitBatch() {
    undo = null;
    if (!log.isEmpty()) {
      log.clear(); // a posting logs none: it is undone by added
    }
    Arrays.fill(added, 0, addedCount, null);
    addedCount = 0;
  }

  void rollbackBatch() {
    Deque<Runnable> inverses = undo;
    undo = null;
    if (inverses != null) {
      while (addedCount > 0) {
        added[--addedCount].removeLast();
        added[addedCount] = null;
      }
      while (!inverses.isEmpty()) {
        inverses.pop().run();
      }
      journal.truncate(batchStart);
    }
  }

  private void log(Runnable inverse) {
    if (undo != null) {
      undo.push(inverse);
    }
  }

  /** The state of an account, or null if it is not open in the ledger. */
  @Nullable AccountState account(AccountId id) {
    return accounts.get(id);
  }

  /** The accepted entry with a key, or null if none was accepted with it. */
  @Nullable Entry accepted(String key) {
    int index = journal.indexOf(key);
    Entry entry = index < 0 ? null : journal.get(index);
    return entry instanceof Refusal ? null : entry;
  }

  /** The postings an entry makes take effect or reserve: a post makes its pending's. */
  List<Posting> postingsOf(Entry entry) {
    if (entry instanceof Transaction t) {
      return t.postings();
    }
    if (entry instanceof PendingOutcome o
        && accepted(o.pending().value()) instanceof Transaction t) {
      return t.postings();
    }
    return List.of();
  }

  /**
   * Appends an entry to the journal and applies it; the batch's undo takes the journal back to its
   * size at the batch's start.
   */
  void apply(Entry entry) {
    journal.add(entry);
    if (entry instanceof Account a) {
      accounts.put(new AccountState(a, postedAmounts));
      log(() -> accounts.remove(a.id()));
    } else if (entry instanceof Transaction t) {
      applyTransaction(t);
    } else if (entry instanceof PendingOutcome o) {
      applyOutcome(o);
    } else if (entry instanceof PeriodClose c) {
      LocalDate before = closedThrough;
      closedThrough = c.through();
      log(() -> closedThrough = before);
    } else if (entry instanceof AccountClosure c) {
      AccountState s = account(c.account());
      s.closed = true;
      log(() -> s.closed = false);
    }
  }

  private void applyTransaction(Transaction t) {
    if (t.isPending()) {
      reserve(t, 1);
      return;
    }
    post(t.postings(), t.valueDate(), t == checked);
    checked = null;
    if (t.reverses().isPresent()) {
      String r = t.reverses().get().value();
      reversed.add(r);
      log(() -> reversed.remove(r));
    }
  }

  private void applyOutcome(PendingOutcome o) {
    Transaction pending = (Transaction) accepted(o.pending().value());
    reserve(pending, -1);
    if (o.resolution() == PendingOutcome.Resolution.POST) {
      post(pending.postings(), o.on(), false);
    }
    resolved.put(o.pending().value(), o.resolution());
    log(() -> resolved.remove(o.pending().value()));
  }

  /**
   * Adds postings to their accounts; {@code checked}: their accounts' states are the ones the
   * checks found ({@link #postingStates}), not to be looked up again.
   */
  private void post(List<Posting> postings, LocalDate valueDate, boolean checked) {
    long day = valueDate.toEpochDay();
    for (int i = 0; i < postings.size(); i++) {
      Posting p = postings.get(i);
      AccountState s = checked ? postingStates[i] : account(p.account());
      s.add(day, p.amount().minor());
      if (undo != null) {
        if (addedCount == added.length) {
          added = Arrays.copyOf(added, 2 * addedCount);
        }
        added[addedCount++] = s;
      }
    }
  }

  /**
   * Reserves (sign 1) or releases (sign -1) what a pending transaction takes from accounts, until
   * its expiry date: after it, the reservation no longer counts (whether or not it is voided).
   */
  private void reserve(Transaction pending, int sign) {
    LocalDate expiresOn = pending.expiresOn().orElseThrow();
    List<Posting> postings = pending.postings();
    for (int i = 0; i < postings.size(); i++) {
      Posting p = postings.get(i);
      long minor = p.amount().minor();
      if (minor < 0) {
        AccountState s = account(p.account());
        long change = -minor * sign;
        s.reserve(expiresOn, change);
        log(() -> s.reserve(expiresOn, -change));
      }
    }
  }
}
