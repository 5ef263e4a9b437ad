package org.communitygov.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.communitygov.api.exchange.ExchangeValidator;
import org.communitygov.api.exchange.ValidationReport;

/**
 * Validates a large NDJSON file of generated households in bounded memory, and prints the rate and
 * the peak heap. Generates the file first if it is absent (about 1 GB by default, seeded like the
 * benchmarks). Run with a small heap; see {@code docs/performance.md}:
 *
 * <pre>
 * java -Xmx256m -cp api/target/benchmarks.jar org.communitygov.bench.LargeNdjson [FILE [MB]]
 * </pre>
 */
public final class LargeNdjson {
  private LargeNdjson() {}

  /**
   * Generates the file if needed, validates it, prints the figures.
   *
   * @param args the file (default {@code /tmp/communitygov-households-1g.ndjson}) and its size in
   *     MB when generated (default 1,000)
   * @throws IOException if the file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "/tmp/communitygov-households-1g.ndjson");
    long megabytes = args.length > 1 ? Long.parseLong(args[1]) : 1_000;
    if (!Files.exists(file)) {
      long started = System.nanoTime();
      long households;
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        // Characters, not bytes: the Chinese text makes the file somewhat larger than asked.
        households =
            HouseholdDocuments.writeNdjson(
                HouseholdDocuments.SEED, Long.MAX_VALUE, megabytes * 1_000_000, out);
      }
      System.out.printf(
          Locale.ROOT,
          "generated %s: %,d households, %,d bytes in %.1f s%n",
          file,
          households,
          Files.size(file),
          (System.nanoTime() - started) / 1e9);
    }
    ExchangeValidator validator = ExchangeValidator.builder().build();
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    System.gc();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long started = System.nanoTime();
    ValidationReport report = validator.validate(file);
    double seconds = (System.nanoTime() - started) / 1e9;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    double mb = Files.size(file) / 1e6;
    System.out.printf(
        Locale.ROOT,
        "validated %,.0f MB, %,d records in %.1f s: %.1f MB/s, %,.0f records/s; valid=%s, issues=%d%n",
        mb,
        report.recordsRead(),
        seconds,
        mb / seconds,
        report.recordsRead() / seconds,
        report.isValid(),
        report.issues().size());
    System.out.printf(
        Locale.ROOT,
        "heap: max %,d MB; peak used %,d MB (sum of the heap pools' peaks, an upper bound)%n",
        Runtime.getRuntime().maxMemory() / 1_000_000,
        peak / 1_000_000);
    report.issues().stream().limit(5).forEach(System.out::println);
  }
}
