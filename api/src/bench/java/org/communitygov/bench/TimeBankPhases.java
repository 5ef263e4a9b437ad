package org.communitygov.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
import java.time.LocalDate;
import org.communitygov.rules.ledger.Ledger;
import org.communitygov.rules.points.PointsBook;
import org.communitygov.rules.points.ServiceRecordInput;
import org.communitygov.rules.points.Statement;

/**
 * {@link TimeBankYear#pointsBook} split into its phases, each timed by the thread's CPU time:
 * accrual (policy, explanation, posting), the expiry job, the statements, and the live heap the
 * year leaves (after a collection, the book and its ledger still held). It tells which phase a
 * change moved; the year's figure stays {@link TimeBankCpuTime}'s and JMH's. Run with {@code java
 * -Xmx4g -cp api/target/benchmarks.jar org.communitygov.bench.TimeBankPhases [records] [volunteers]
 * [rounds]}.
 */
public final class TimeBankPhases {
  private TimeBankPhases() {}

  /**
   * Runs the phases and prints one line per round.
   *
   * @param args records (default 1,000,000), volunteers (default 50,000), rounds (default 3)
   */
  public static void main(String[] args) {
    TimeBankYear year = TimeBankYear.sized(args);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    year.setUp(false);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int r = 0; r < rounds; r++) {
      System.gc();
      long process = TimeBankCpuTime.processNanos();
      long t0 = cpu.getCurrentThreadCpuTime();
      Ledger ledger = TimeBankYear.ledger(year.scheme);
      PointsBook book = PointsBook.open(year.scheme, ledger);
      for (ServiceRecordInput record : year.input) {
        book.accrue(record);
      }
      long t1 = cpu.getCurrentThreadCpuTime();
      int expired = book.expire(LocalDate.of(2026, 12, 31)).size();
      long t2 = cpu.getCurrentThreadCpuTime();
      int statements =
          Statement.all(
                  ledger.entries(),
                  year.scheme.unit(),
                  LocalDate.of(2025, 1, 1),
                  LocalDate.of(2026, 12, 31))
              .size();
      long t3 = cpu.getCurrentThreadCpuTime();
      long all = TimeBankCpuTime.processNanos() - process;
      // The live set the year leaves: the ledger (journal, lines, tree) and the book's members.
      System.gc();
      Runtime runtime = Runtime.getRuntime();
      long live = runtime.totalMemory() - runtime.freeMemory();
      Reference.reachabilityFence(book);
      System.out.printf(
          "round %d: accrue %,d ms, expire %,d ms (%,d members), statements %,d ms (%,d);"
              + " thread %,.0f records/CPU-s, process %,.0f; live heap %,d MB%n",
          r,
          (t1 - t0) / 1_000_000,
          (t2 - t1) / 1_000_000,
          expired,
          (t3 - t2) / 1_000_000,
          statements,
          year.records / ((t3 - t0) / 1e9),
          year.records / (all / 1e9),
          live >> 20);
    }
  }
}
