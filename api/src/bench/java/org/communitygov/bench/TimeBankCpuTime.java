package org.communitygov.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.ToLongFunction;

/**
 * {@link TimeBankYear} again, timed by CPU time rather than the wall clock, so that a machine
 * shared with other builds still tells what one core does: records per CPU-second of the year
 * ({@code pointsBook}), of its baseline ({@code ledgerOnly}) and of its floor ({@code hashesOnly},
 * by thread only), each by the measuring thread's CPU time ({@code /proc/thread-self/schedstat},
 * Linux) and by the whole process's (garbage collection and the JIT compiler included, at the clock
 * tick's resolution). Run with {@code java -Xmx4g -cp api/target/benchmarks.jar
 * org.communitygov.bench.TimeBankCpuTime [records] [volunteers] [rounds]}; the first round is a
 * warm-up, the median and best of the others are printed.
 */
public final class TimeBankCpuTime {
  private static final Path SCHEDSTAT = Path.of("/proc/thread-self/schedstat");

  private TimeBankCpuTime() {}

  /**
   * Runs the measurements.
   *
   * @param args records (default 1,000,000), volunteers (default 50,000), rounds (default 4)
   */
  public static void main(String[] args) {
    TimeBankYear year = TimeBankYear.sized(args);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    double[][] book = new double[2][rounds];
    double[][] ledger = new double[2][rounds];
    double[][] hashes = new double[2][rounds];
    // Each benchmark with only its own input in the heap, as JMH's setup makes it.
    year.setUp(false);
    for (int r = 0; r < rounds; r++) {
      measure(year, TimeBankYear::pointsBook, book, r);
    }
    year.setUp(true);
    for (int r = 0; r < rounds; r++) {
      measure(year, TimeBankYear::ledgerOnly, ledger, r);
    }
    year.keepEntryBytes();
    for (int r = 0; r < rounds; r++) {
      measure(year, TimeBankYear::hashesOnly, hashes, r);
    }
    System.out.printf("%,d records, %,d volunteers%n", year.records, year.volunteers);
    report("pointsBook records/CPU-s (thread)", book[0]);
    report("pointsBook records/CPU-s (process)", book[1]);
    report("ledgerOnly records/CPU-s (thread)", ledger[0]);
    report("ledgerOnly records/CPU-s (process)", ledger[1]);
    report("hashesOnly records/CPU-s (thread)", hashes[0]);
    System.out.printf(
        "ratio pointsBook/ledgerOnly (median): thread %.2f, process %.2f%n",
        median(book[0]) / median(ledger[0]), median(book[1]) / median(ledger[1]));
    System.out.printf(
        "the hashes' share of the time (median, thread): pointsBook %.2f, ledgerOnly %.2f%n",
        median(book[0]) / median(hashes[0]), median(ledger[0]) / median(hashes[0]));
  }

  private static void measure(
      TimeBankYear year, ToLongFunction<TimeBankYear> work, double[][] into, int round) {
    System.gc();
    long thread = threadNanos();
    long process = processNanos();
    long check = work.applyAsLong(year);
    into[0][round] = year.records / ((threadNanos() - thread) / 1e9);
    into[1][round] = year.records / ((processNanos() - process) / 1e9);
    if (check == Long.MIN_VALUE) {
      System.out.println(check);
    }
  }

  /** The CPU time of the calling thread so far, in nanoseconds (Linux). */
  static long threadNanos() {
    try {
      String stat = Files.readString(SCHEDSTAT);
      return Long.parseLong(stat.substring(0, stat.indexOf(' ')));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The CPU time of the whole process so far, in nanoseconds. */
  static long processNanos() {
    return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
  }

  private static double median(double[] values) {
    double[] measured = Arrays.copyOfRange(values, 1, values.length);
    Arrays.sort(measured);
    return measured[measured.length / 2];
  }

  private static void report(String name, double[] values) {
    double[] measured = Arrays.copyOfRange(values, 1, values.length);
    Arrays.sort(measured);
    System.out.printf(
        "%-40s median %,12.0f  best %,12.0f%n",
        name, median(values), measured[measured.length - 1]);
  }
}
