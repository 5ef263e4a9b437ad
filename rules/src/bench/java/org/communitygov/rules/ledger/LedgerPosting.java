package org.communitygov.rules.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.Transaction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Postings per second into a ledger in memory, hashing on (each entry's canonical bytes, its leaf
 * hash, the Merkle tree, the journal line), in batches of 100 transfers of two postings each,
 * against the named baseline {@code foldAndHash}: the least any hashed double-entry ledger does per
 * transfer (canonical bytes, SHA-256 leaf hash, two balance updates, the zero-sum check).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class LedgerPosting {
  static final int BATCH = 100;
  static final int POOL = 1 << 20;

  List<Transaction> pool;
  Ledger ledger;
  int next;
  final Hashes hashes = Hashes.create();
  final Map<AccountId, long[]> balances = new HashMap<>();

  @Setup(Level.Trial)
  public void pool() {
    pool = BenchJournal.transactions(POOL, 1);
    BenchJournal.accounts().forEach(a -> balances.put(a.id(), new long[1]));
  }

  @Setup(Level.Iteration)
  public void open() {
    ledger = BenchJournal.ledger();
    next = 0;
  }

  private List<Transaction> batch() {
    if (next + BATCH > POOL) {
      open(); // a new ledger rather than retries of ids it holds
    }
    List<Transaction> batch = pool.subList(next, next + BATCH);
    next += BATCH;
    return batch;
  }

  /** Postings per second through {@link Ledger#post(List)}. */
  @Benchmark
  @OperationsPerInvocation(2 * BATCH)
  public List<Outcome> ledger() {
    return ledger.post(batch());
  }

  /** Baseline: canonical bytes, leaf hash and balance fold of the same transfers. */
  @Benchmark
  @OperationsPerInvocation(2 * BATCH)
  public long foldAndHash() {
    return BenchJournal.foldAndHash(batch(), hashes, balances);
  }
}
