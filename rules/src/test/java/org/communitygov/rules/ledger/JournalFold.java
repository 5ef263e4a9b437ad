package org.communitygov.rules.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communitygov.model.ledger.Account;
import org.communitygov.model.ledger.AccountClosure;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.PendingOutcome;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;

/**
 * An independent model of a journal for tests: it reads lines as they are appended and folds them
 * into balances, sums per unit, open pending transactions and leaf hashes by the plain definitions,
 * sharing no state with {@link Ledger}. Every step costs time in the lines it reads (and log n for
 * the root), never in the journal's length, so a simulation can check it after every step.
 */
final class JournalFold {
  final Map<AccountId, Long> balances = new HashMap<>();
  final Map<AccountId, Unit> units = new HashMap<>();

  final Set<AccountId> closed = new HashSet<>();

  /** The accounts in the order they were opened. */
  final List<AccountId> accountOrder = new ArrayList<>();

  final Map<String, Transaction> transactions = new HashMap<>();

  /** The transactions' keys in journal order. */
  final List<String> transactionKeys = new ArrayList<>();

  final List<byte[]> leaves = new ArrayList<>();
  private final Map<Unit, Long> sums = new HashMap<>();
  private final Map<String, Transaction> openPending = new LinkedHashMap<>();
  private final Hashes hashes = Hashes.create();

  /** The roots of the perfect subtrees of the leaves, largest first (a "compact range"). */
  private final List<byte[]> peaks = new ArrayList<>();

  private final List<Long> peakSizes = new ArrayList<>();

  /** Folds every line after those already read; fails if a line is not sound. */
  void read(MemoryLedgerStore store) {
    int from = leaves.size();
    List<byte[]> lines = store.linesFrom(from);
    for (int j = 0; j < lines.size(); j++) {
      int i = from + j;
      JournalLine line = JournalLine.parse(lines.get(j));
      if (line.index() != i) {
        throw new AssertionError("line " + (i + 1) + " states index " + line.index());
      }
      byte[] leaf = hashes.leaf(line.entryBytes());
      if (!java.util.Arrays.equals(leaf, line.leafHash())) {
        throw new AssertionError("line " + (i + 1) + " states a wrong leaf hash");
      }
      leaves.add(leaf);
      push(leaf);
      fold(line.entry());
    }
  }

  private void fold(Entry entry) {
    if (entry instanceof Account a) {
      balances.put(a.id(), 0L);
      units.put(a.id(), a.unit());
      accountOrder.add(a.id());
    } else if (entry instanceof Transaction t) {
      transactions.put(t.key(), t);
      transactionKeys.add(t.key());
      if (t.isPending()) {
        openPending.put(t.key(), t);
      } else {
        add(t.postings());
      }
    } else if (entry instanceof AccountClosure c) {
      closed.add(c.account());
    } else if (entry instanceof PendingOutcome o) {
      openPending.remove(o.pending().value());
      if (o.resolution() == PendingOutcome.Resolution.POST) {
        add(transactions.get(o.pending().value()).postings());
      }
    }
  }

  private void add(List<Posting> postings) {
    for (Posting p : postings) {
      balances.merge(p.account(), p.amount().minor(), Long::sum);
      sums.merge(p.amount().unit(), p.amount().minor(), Long::sum);
    }
  }

  /** The sum of all postings per unit, kept as they are read; double entry keeps it at zero. */
  Map<Unit, Long> sumsPerUnit() {
    return sums;
  }

  /** The sum of all balances per unit, from the balances (for the full checks). */
  Map<Unit, Long> sumsOfBalances() {
    Map<Unit, Long> sums = new HashMap<>();
    balances.forEach((account, balance) -> sums.merge(units.get(account), balance, Long::sum));
    return sums;
  }

  /**
   * What an account can still give on a date: its balance less what the pending transactions that
   * are neither resolved nor expired (expiry date before the date) take from it.
   */
  long available(AccountId account, LocalDate today) {
    long reserved = 0;
    for (Iterator<Transaction> i = openPending.values().iterator(); i.hasNext(); ) {
      Transaction t = i.next();
      if (t.expiresOn().orElseThrow().isBefore(today)) {
        continue;
      }
      for (Posting p : t.postings()) {
        if (p.account().equals(account) && p.amount().minor() < 0) {
          reserved -= p.amount().minor();
        }
      }
    }
    return balances.get(account) - reserved;
  }

  /** Forgets the pending transactions expired on a date: the simulation's days only go forward. */
  void expire(LocalDate today) {
    openPending.values().removeIf(t -> t.expiresOn().orElseThrow().isBefore(today));
  }

  private void push(byte[] leaf) {
    peaks.add(leaf);
    peakSizes.add(1L);
    int n = peaks.size();
    while (n >= 2 && peakSizes.get(n - 1).equals(peakSizes.get(n - 2))) {
      byte[] merged = hashes.node(peaks.get(n - 2), peaks.get(n - 1));
      long size = peakSizes.get(n - 2) * 2;
      peaks.remove(n - 1);
      peakSizes.remove(n - 1);
      peaks.set(n - 2, merged);
      peakSizes.set(n - 2, size);
      n--;
    }
  }

  /** The RFC 6962 root from the compact range: the peaks folded from the right, O(log n). */
  byte[] compactRoot() {
    if (peaks.isEmpty()) {
      return hashes.empty();
    }
    byte[] root = peaks.get(peaks.size() - 1);
    for (int i = peaks.size() - 2; i >= 0; i--) {
      root = hashes.node(peaks.get(i), root);
    }
    return root;
  }

  /** The RFC 6962 root of the leaves, by the recursive definition, O(n). */
  byte[] root() {
    return root(0, leaves.size());
  }

  private byte[] root(int from, int to) {
    int n = to - from;
    if (n == 0) {
      return hashes.empty();
    }
    if (n == 1) {
      return leaves.get(from);
    }
    int k = Integer.highestOneBit(n - 1);
    return hashes.node(root(from, from + k), root(from + k, to));
  }
}
