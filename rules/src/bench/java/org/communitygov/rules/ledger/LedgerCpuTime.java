package org.communitygov.rules.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;

/**
 * The ledger benchmarks again, timed by the thread's CPU time rather than the wall clock, so that a
 * machine shared with other builds still tells what one core does: postings per CPU-second of
 * {@link Ledger#post(List)} and of the {@code foldAndHash} baseline of {@link LedgerPosting}, and
 * {@link JournalVerifier#verify} against one SHA-256 over the same bytes ({@link JournalVerify}).
 * The CPU time is the kernel's for the measuring thread ({@code /proc/thread-self/schedstat},
 * Linux), or with {@code -Dcpu=process} the whole process's (garbage collection and the JIT
 * compiler included, at the clock tick's resolution). Run with {@code java -cp
 * rules/target/benchmarks.jar org.communitygov.rules.ledger.LedgerCpuTime [rounds]}; each round is
 * measured after the first (warm-up), and the best round of each is printed with the median.
 */
public final class LedgerCpuTime {
  private static final Path SCHEDSTAT = Path.of("/proc/thread-self/schedstat");

  /**
   * With {@code -Dcpu=process}: the whole process's CPU time, garbage collection and JIT included.
   */
  private static final boolean PROCESS = "process".equals(System.getProperty("cpu"));

  private static final int TRANSFERS = 200_000;

  private LedgerCpuTime() {}

  /**
   * Runs the measurements.
   *
   * @param args the number of rounds (default 7)
   * @throws Exception if SHA-256 is missing
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    List<Transaction> pool = BenchJournal.transactions(TRANSFERS, 1);
    byte[] journal = BenchJournal.bytes(BenchJournal.lines(100_000));
    double[] ledger = new double[rounds];
    double[] baseline = new double[rounds];
    double[] verify = new double[rounds];
    double[] sha = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      ledger[r] = postingsPerCpuSecond(pool);
      baseline[r] = foldAndHashPerCpuSecond(pool);
      verify[r] = cpuMillis(() -> JournalVerifier.verify(journal, Optional.empty(), false));
      sha[r] = cpuMillis(() -> sha256(journal));
    }
    report("ledger postings/CPU-s", ledger, true);
    report("foldAndHash postings/CPU-s", baseline, true);
    report("verify ms CPU (" + journal.length + " bytes)", verify, false);
    report("sha256 ms CPU", sha, false);
    System.out.println(PROCESS ? "CPU time of the process" : "CPU time of the measuring thread");
    System.out.printf(
        "ratios (median): ledger/foldAndHash %.2f, verify throughput/sha256 %.2f%n",
        median(ledger) / median(baseline), median(sha) / median(verify));
  }

  private static double postingsPerCpuSecond(List<Transaction> pool) {
    Ledger ledger = BenchJournal.ledger();
    long start = cpuNanos();
    for (int i = 0; i < pool.size(); i += LedgerPosting.BATCH) {
      ledger.post(pool.subList(i, i + LedgerPosting.BATCH));
    }
    long nanos = cpuNanos() - start;
    return 2.0 * pool.size() / (nanos / 1e9);
  }

  private static double foldAndHashPerCpuSecond(List<Transaction> pool) {
    Hashes hashes = Hashes.create();
    Map<AccountId, long[]> balances = new HashMap<>();
    BenchJournal.accounts().forEach(a -> balances.put(a.id(), new long[1]));
    long check = 0;
    long start = cpuNanos();
    for (Transaction t : pool) {
      byte[] leaf = hashes.leaf(EntryCodec.encode(t));
      long sum = 0;
      for (Posting p : t.postings()) {
        balances.get(p.account())[0] += p.amount().minor();
        sum += p.amount().minor();
      }
      if (sum != 0) {
        throw new IllegalStateException("unbalanced");
      }
      check += leaf[0];
    }
    long nanos = cpuNanos() - start;
    if (check == Long.MIN_VALUE) {
      System.out.println(check);
    }
    return 2.0 * pool.size() / (nanos / 1e9);
  }

  private static long cpuNanos() {
    if (PROCESS) {
      return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
    }
    try {
      String stat = Files.readString(SCHEDSTAT);
      return Long.parseLong(stat.substring(0, stat.indexOf(' ')));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double cpuMillis(Runnable work) {
    long start = cpuNanos();
    for (int i = 0; i < 5; i++) {
      work.run();
    }
    return (cpuNanos() - start) / 5 / 1e6;
  }

  private static double median(double[] values) {
    double[] measured = java.util.Arrays.copyOfRange(values, 1, values.length);
    java.util.Arrays.sort(measured);
    return measured[measured.length / 2];
  }

  private static void report(String name, double[] values, boolean higherIsBetter) {
    double[] measured = java.util.Arrays.copyOfRange(values, 1, values.length);
    java.util.Arrays.sort(measured);
    double best = higherIsBetter ? measured[measured.length - 1] : measured[0];
    System.out.printf("%-40s median %,14.1f  best %,14.1f%n", name, median(values), best);
  }
}
