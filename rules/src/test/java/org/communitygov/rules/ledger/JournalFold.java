package org.communitygov.rules.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communitygov.model.ledger.Account;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.PendingOutcome;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;

/**
 * An independent model of a journal for tests: it reads lines as they are appended and folds them
 * into balances and a list of leaf hashes by the plain definitions, sharing no state with {@link
 * Ledger}.
 */
final class JournalFold {
  final Map<AccountId, Long> balances = new HashMap<>();
  final Map<AccountId, Unit> units = new HashMap<>();
  final Map<String, Transaction> transactions = new HashMap<>();
  final List<byte[]> leaves = new ArrayList<>();
  private final Hashes hashes = Hashes.create();

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
      fold(line.entry());
    }
  }

  private void fold(Entry entry) {
    if (entry instanceof Account a) {
      balances.put(a.id(), 0L);
      units.put(a.id(), a.unit());
    } else if (entry instanceof Transaction t) {
      transactions.put(t.key(), t);
      if (!t.isPending()) {
        add(t.postings());
      }
    } else if (entry instanceof PendingOutcome o
        && o.resolution() == PendingOutcome.Resolution.POST) {
      add(transactions.get(o.pending().value()).postings());
    }
  }

  private void add(List<Posting> postings) {
    for (Posting p : postings) {
      balances.merge(p.account(), p.amount().minor(), Long::sum);
    }
  }

  /** The sum of all balances per unit, which double entry keeps at zero. */
  Map<Unit, Long> sumsPerUnit() {
    Map<Unit, Long> sums = new HashMap<>();
    balances.forEach((account, balance) -> sums.merge(units.get(account), balance, Long::sum));
    return sums;
  }

  /** The RFC 6962 root of the leaves, by the recursive definition. */
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
