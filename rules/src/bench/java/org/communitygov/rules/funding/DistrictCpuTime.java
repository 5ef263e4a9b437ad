package org.communitygov.rules.funding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * {@link DistrictDisclosure}'s three measurements timed by CPU time rather than the wall clock, so
 * that a machine shared with other builds still tells what one core does: transactions per
 * CPU-second of the streaming fold ({@code district}) and of the baselines {@code readLines} and
 * {@code jacksonAmounts}, over the same 200 journal files. The CPU time is the kernel's for the
 * measuring thread ({@code /proc/thread-self/schedstat}, Linux), or with {@code -Dcpu=process} the
 * whole process's (garbage collection and the JIT compiler included). Run with {@code java -Xmx256m
 * -cp rules/target/benchmarks.jar org.communitygov.rules.funding.DistrictCpuTime [rounds]}; the
 * first round is a warm-up; the median and best of the others are printed.
 */
public final class DistrictCpuTime {
  private static final Path SCHEDSTAT = Path.of("/proc/thread-self/schedstat");
  private static final boolean PROCESS = "process".equals(System.getProperty("cpu"));

  private DistrictCpuTime() {}

  /**
   * Runs the measurements.
   *
   * @param args the number of rounds (default 7)
   * @throws IOException if the journals cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    DistrictDisclosure d = new DistrictDisclosure();
    d.generate();
    double transactions = (double) DistrictDisclosure.COMMUNITIES * DistrictDisclosure.TRANSACTIONS;
    double[][] rates = new double[3][rounds];
    try {
      for (int r = 0; r < rounds; r++) {
        rates[0][r] = transactions / seconds(d::district);
        rates[1][r] = transactions / seconds(d::readLines);
        rates[2][r] = transactions / seconds(d::jacksonAmounts);
      }
    } finally {
      d.delete();
    }
    report("district (DisclosureFold) tx/CPU-s", rates[0]);
    report("readLines tx/CPU-s", rates[1]);
    report("jacksonAmounts tx/CPU-s", rates[2]);
    System.out.println(PROCESS ? "CPU time of the process" : "CPU time of the measuring thread");
    System.out.printf(
        "ratios (median): district/readLines %.3f, district/jacksonAmounts %.2f%n",
        median(rates[0]) / median(rates[1]), median(rates[0]) / median(rates[2]));
    System.out.printf(
        "heap: max %,d bytes, used after the rounds %,d bytes%n",
        Runtime.getRuntime().maxMemory(),
        Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
  }

  /** One measured operation. */
  interface Work {
    long run() throws IOException;
  }

  private static double seconds(Work work) throws IOException {
    long start = cpuNanos();
    long check = work.run();
    long nanos = cpuNanos() - start;
    if (check == Long.MIN_VALUE) {
      System.out.println(check);
    }
    return nanos / 1e9;
  }

  private static long cpuNanos() throws IOException {
    if (PROCESS) {
      return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
    }
    String stat = Files.readString(SCHEDSTAT);
    return Long.parseLong(stat.substring(0, stat.indexOf(' ')));
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
        "%-40s median %,14.0f  best %,14.0f%n",
        name, median(values), measured[measured.length - 1]);
  }
}
