package org.communitygov.rules.ledger;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.communitygov.model.ledger.Account;
import org.communitygov.model.ledger.AccountClosure;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.BalanceAssertion;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.PendingOutcome;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Refusal;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;
import org.jspecify.annotations.Nullable;

/**
 * The posting semantics: which {@link ResultCode} an entry gets against a ledger's state, checked
 * in the order of precedence of {@link ResultCode}. A pure function of the entry, the state and
 * today's date.
 */
final class PostingRules {
  private PostingRules() {}

  static Outcome check(Entry entry, LedgerState state, LocalDate today) {
    String key = entry.key();
    Optional<ResultCode> content = checkContent(entry);
    if (content.isPresent()) {
      return Outcome.of(key, content.get());
    }
    // one look-up for the accepted entry or the refusal kept with the key; a miss leaves the
    // journal ready to take the entry without another (ADR 0107)
    int index = state.journal.indexOf(key);
    if (index >= 0) {
      Entry prior = state.journal.get(index);
      if (prior instanceof Refusal refusal) {
        return Outcome.repeated(key, ResultCode.fromCode(refusal.code()));
      }
      return Differences.firstField(prior, entry)
          .map(f -> Outcome.existsWithDifferent(key, f))
          .orElseGet(() -> Outcome.exists(prior));
    }
    return Outcome.of(key, checkState(entry, state, today));
  }

  /** The checks of the entry alone: balanced, in one unit. */
  static Optional<ResultCode> checkContent(Entry entry) {
    if (entry instanceof Transaction t) {
      List<Posting> postings = t.postings();
      Unit unit = postings.get(0).amount().unit();
      long sum = 0;
      boolean oneUnit = true;
      for (int i = 0; i < postings.size(); i++) {
        Amount amount = postings.get(i).amount();
        sum += amount.minor();
        oneUnit &= amount.unit().equals(unit);
      }
      if (oneUnit) {
        return sum == 0 ? Optional.empty() : Optional.of(ResultCode.UNBALANCED);
      }
      Map<Unit, Long> sums = new HashMap<>();
      for (Posting p : t.postings()) {
        sums.merge(p.amount().unit(), p.amount().minor(), Long::sum);
      }
      if (sums.values().stream().anyMatch(s -> s != 0)) {
        return Optional.of(ResultCode.UNBALANCED);
      }
      if (sums.size() > 1) {
        return Optional.of(ResultCode.MIXED_UNITS);
      }
    }
    return Optional.empty();
  }

  private static ResultCode checkState(Entry entry, LedgerState state, LocalDate today) {
    LocalDate closed = state.closedThrough;
    LocalDate latest = entry.date();
    if (entry instanceof Transaction t && t.valueDate().isAfter(latest)) {
      latest = t.valueDate();
    }
    if (closed != null && !entry.earliestDate().isAfter(closed)) {
      return ResultCode.CLOSED_PERIOD;
    }
    if (latest.isAfter(today)) {
      return ResultCode.FUTURE_DATED;
    }
    ResultCode accounts = checkAccounts(entry, state);
    if (accounts != ResultCode.ACCEPTED) {
      return accounts;
    }
    ResultCode references = checkReferences(entry, state, today);
    if (references != ResultCode.ACCEPTED) {
      return references;
    }
    return checkBalances(entry, state, today);
  }

  private static ResultCode checkAccounts(Entry entry, LedgerState state) {
    if (entry instanceof Account a) {
      return a.ledger().equals(state.ledger) ? ResultCode.ACCEPTED : ResultCode.WRONG_LEDGER;
    }
    if (entry instanceof AccountClosure c) {
      AccountState s = state.account(c.account());
      if (s == null) {
        return ResultCode.UNKNOWN_ACCOUNT;
      }
      return s.closed || c.on().toEpochDay() < s.openedOn
          ? ResultCode.ACCOUNT_CLOSED
          : ResultCode.ACCEPTED;
    }
    if (entry instanceof BalanceAssertion b) {
      AccountState s = state.account(b.account());
      if (s == null) {
        return ResultCode.UNKNOWN_ACCOUNT;
      }
      return s.unit.equals(b.expected().unit())
          ? ResultCode.ACCEPTED
          : ResultCode.ACCOUNT_UNIT_MISMATCH;
    }
    if (entry instanceof PendingOutcome o && o.resolution() == PendingOutcome.Resolution.VOID) {
      return ResultCode.ACCEPTED;
    }
    // each account looked up once, for this check and the ones after it (LedgerState.postingStates)
    List<Posting> postings = state.postingsOf(entry);
    int n = postings.size();
    AccountState[] states = state.postingStates(n);
    for (int i = 0; i < n; i++) {
      states[i] = state.account(postings.get(i).account());
      if (states[i] == null) {
        return ResultCode.UNKNOWN_ACCOUNT;
      }
    }
    state.checked = entry;
    long earliest = entry.earliestDate().toEpochDay();
    for (int i = 0; i < n; i++) {
      if (states[i].closed || earliest < states[i].openedOn) {
        return ResultCode.ACCOUNT_CLOSED;
      }
    }
    for (int i = 0; i < n; i++) {
      if (!states[i].unit.equals(postings.get(i).amount().unit())) {
        return ResultCode.ACCOUNT_UNIT_MISMATCH;
      }
    }
    return entry instanceof Transaction t ? checkPurpose(t, state) : ResultCode.ACCEPTED;
  }

  /**
   * A transaction that takes from a restricted-purpose account names its purpose; a reversal, which
   * restores what was, never needs to (ADR 0056). A post was checked as its pending transaction.
   * The account's purpose is its state's copy, and the transaction's is read only when a posting
   * takes from such an account, once (ADR 0120).
   */
  private static ResultCode checkPurpose(Transaction t, LedgerState state) {
    List<Posting> postings = t.postings();
    boolean read = false;
    @Nullable String purpose = null;
    for (int i = 0; i < postings.size(); i++) {
      AccountState s = state.postingStates[i];
      if (s.restrictedPurpose && postings.get(i).amount().minor() < 0) {
        if (!read) {
          if (t.reverses().isPresent()) {
            return ResultCode.ACCEPTED;
          }
          purpose = t.purpose().orElse(null);
          read = true;
        }
        if (!Objects.equals(s.purpose, purpose)) {
          return ResultCode.RESTRICTED_PURPOSE;
        }
      }
    }
    return ResultCode.ACCEPTED;
  }

  private static ResultCode checkReferences(Entry entry, LedgerState state, LocalDate today) {
    if (entry instanceof Transaction t && t.reverses().isPresent()) {
      String target = t.reverses().get().value();
      if (!(state.accepted(target) instanceof Transaction r)
          || (r.isPending() && !postedPending(r, state))) {
        return ResultCode.REVERSAL_TARGET_UNKNOWN;
      }
      if (state.reversed.contains(target)) {
        return ResultCode.ALREADY_REVERSED;
      }
      List<Posting> expected = r.postings().stream().map(Posting::negated).toList();
      return expected.equals(t.postings()) ? ResultCode.ACCEPTED : ResultCode.REVERSAL_MISMATCH;
    }
    if (entry instanceof PendingOutcome o) {
      String target = o.pending().value();
      if (!(state.accepted(target) instanceof Transaction p) || !p.isPending()) {
        return ResultCode.PENDING_UNKNOWN;
      }
      if (state.resolved.containsKey(target)) {
        return ResultCode.PENDING_ALREADY_RESOLVED;
      }
      LocalDate expiresOn = p.expiresOn().orElseThrow();
      if (o.resolution() == PendingOutcome.Resolution.POST
          && (o.on().isAfter(expiresOn) || today.isAfter(expiresOn))) {
        return ResultCode.PENDING_EXPIRED;
      }
    }
    return ResultCode.ACCEPTED;
  }

  private static boolean postedPending(Transaction pending, LedgerState state) {
    return state.resolved.get(pending.key()) == PendingOutcome.Resolution.POST;
  }

  private static ResultCode checkBalances(Entry entry, LedgerState state, LocalDate today) {
    if (entry instanceof BalanceAssertion b) {
      AccountState s = state.account(b.account());
      try {
        return s.balanceOn(b.on()) == b.expected().minor()
            ? ResultCode.ACCEPTED
            : ResultCode.BALANCE_ASSERTION_FAILED;
      } catch (ArithmeticException e) {
        return ResultCode.BALANCE_OVERFLOW;
      }
    }
    // a pending transaction reserves what it takes only until it expires (ADR 0056)
    boolean pending = entry instanceof Transaction t && t.isPending();
    boolean reserves = pending && !((Transaction) entry).expiresOn().orElseThrow().isBefore(today);
    boolean post =
        entry instanceof PendingOutcome o && o.resolution() == PendingOutcome.Resolution.POST;
    if (!(entry instanceof Transaction) && !post) {
      return ResultCode.ACCEPTED;
    }
    // per account, in the order of first posting: the change to what is posted, and to what is
    // reserved (a few postings: a linear search beats a map)
    List<Posting> postings = state.postingsOf(entry);
    int n = postings.size();
    AccountState[] states = state.postingStates;
    state.balanceScratch(n);
    AccountState[] accounts = state.balanceAccounts;
    long[] posted = state.postedChanges;
    long[] reserved = state.reservedChanges;
    int count = 0;
    try {
      for (int k = 0; k < n; k++) {
        long minor = postings.get(k).amount().minor();
        int i = 0;
        while (i < count && accounts[i] != states[k]) {
          i++;
        }
        if (i == count) {
          accounts[count++] = states[k];
        }
        if (pending) {
          reserved[i] = reserves ? Math.addExact(reserved[i], Math.max(0, -minor)) : reserved[i];
        } else {
          posted[i] = Math.addExact(posted[i], minor);
          if (post) {
            reserved[i] = Math.subtractExact(reserved[i], Math.max(0, -minor));
          }
        }
      }
      for (int i = 0; i < count; i++) {
        AccountState s = accounts[i];
        long balance = Math.addExact(s.posted, posted[i]);
        if (s.overdraftForbidden) {
          long held = Math.addExact(s.reservedOn(today), reserved[i]);
          if (Math.subtractExact(balance, held) < 0) {
            return ResultCode.OVERDRAFT;
          }
        }
      }
    } catch (ArithmeticException e) {
      return ResultCode.BALANCE_OVERFLOW;
    }
    return ResultCode.ACCEPTED;
  }
}
