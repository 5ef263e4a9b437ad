package org.communitygov.bench;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.communitygov.rules.ledger.Ledger;
import org.communitygov.rules.points.PointsBook;
import org.communitygov.rules.points.PointsOutcome;
import org.communitygov.rules.points.ServiceRecordInput;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The accruals of {@link TimeBankYear}'s year written by hand: what writing the same journal costs
 * without the library, a bound on what any implementation needs on a machine (ADR 0122, a bound
 * from above: another hand could be faster). {@code handWritten} writes the very journal a {@link
 * PointsBook} writes for the year's records — the same lines, byte for byte, checked against the
 * library's in the setup — with its member accounts, each entry's canonical bytes written straight
 * from the record (memo included), its leaf hash, its line with index and hash, the Merkle
 * frontier, a packed store, the journal's key index, the balances and each member's lots; and
 * nothing else: no {@code Transaction} objects, no explanations, no checks of what it knows to be
 * right. The policy's decisions (credit, donation) are taken from the library's run beforehand:
 * they are a few comparisons a record.
 *
 * <p>{@code library}: the same records accrued by a {@link PointsBook} (the accrue phase of {@code
 * TimeBankYear.pointsBook}, without the expiry and the statements). One operation is the year's
 * accruals.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TimeBankHandWritten {
  @Param({"1000000"})
  int records;

  @Param({"50000"})
  int volunteers;

  private TimeBankYear year;
  List<ServiceRecordInput> input;
  // per record, the library's decision: credited to the member, donated (hundredths of an hour)
  long[] credited;
  long[] donated;
  List<byte[]> schemeLines;
  private List<byte[]> expected;

  /** Makes the year's records, runs the library over them once and keeps its decisions. */
  @Setup
  public void setUp() {
    year = TimeBankYear.sized(new String[] {"" + records, "" + volunteers});
    year.setUp(false);
    input = year.input;
    credited = new long[input.size()];
    donated = new long[input.size()];
    Ledger ledger = TimeBankYear.ledger(year.scheme);
    PointsBook book = PointsBook.open(year.scheme, ledger);
    schemeLines = List.copyOf(ledger.lines());
    for (int i = 0; i < input.size(); i++) {
      PointsOutcome o = book.accrue(input.get(i)).outcomeOrThrow();
      if (o.transaction().isEmpty()) {
        continue;
      }
      for (var p : o.transaction().get().postings()) {
        String account = p.account().value();
        if (account.equals("donations")) {
          donated[i] = p.amount().minor();
        } else if (account.startsWith("m:")) {
          credited[i] = p.amount().minor();
        }
      }
    }
    expected = ledger.lines();
    HandWrittenJournal mine = new HandWrittenJournal();
    mine.accrueAll(this);
    List<byte[]> written = mine.lines();
    if (written.size() != expected.size()) {
      throw new IllegalStateException(written.size() + " lines, not " + expected.size());
    }
    for (int i = 0; i < written.size(); i++) {
      if (!Arrays.equals(written.get(i), expected.get(i))) {
        throw new IllegalStateException(
            "line "
                + i
                + " differs:\n"
                + new String(written.get(i), StandardCharsets.UTF_8)
                + "\n"
                + new String(expected.get(i), StandardCharsets.UTF_8));
      }
    }
    expected = List.of();
  }

  /**
   * Times both by the thread's CPU time, alternating, one line a round: {@code java -Xmx4g -cp
   * api/target/benchmarks.jar org.communitygov.bench.TimeBankHandWritten [records] [volunteers]
   * [rounds]}.
   *
   * @param args records (default 1,000,000), volunteers (default 50,000), rounds (default 4)
   */
  public static void main(String[] args) {
    TimeBankHandWritten bench = new TimeBankHandWritten();
    bench.records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    bench.volunteers = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    bench.setUp();
    for (int r = 0; r < rounds; r++) {
      System.gc();
      long t0 = TimeBankCpuTime.threadNanos();
      long check = bench.handWritten();
      long t1 = TimeBankCpuTime.threadNanos();
      System.gc();
      long t2 = TimeBankCpuTime.threadNanos();
      check += bench.library();
      long t3 = TimeBankCpuTime.threadNanos();
      System.out.printf(
          "round %d: handWritten %,.0f, library %,.0f records per thread-CPU s (%d)%n",
          r, bench.records / ((t1 - t0) / 1e9), bench.records / ((t3 - t2) / 1e9), check & 1);
    }
  }

  /** The year's accruals, written by hand. */
  @Benchmark
  public long handWritten() {
    HandWrittenJournal journal = new HandWrittenJournal();
    journal.accrueAll(this);
    return journal.frontier.size() + journal.frontier.root()[0];
  }

  /** The same accruals by the library. */
  @Benchmark
  public long library() {
    Ledger ledger = TimeBankYear.ledger(year.scheme);
    PointsBook book = PointsBook.open(year.scheme, ledger);
    for (ServiceRecordInput r : input) {
      book.accrue(r);
    }
    return ledger.head().size();
  }
}
