package org.communitygov.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.communitygov.api.exchange.ExchangeFormat;
import org.communitygov.api.exchange.ExchangeValidator;
import org.communitygov.api.exchange.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Validating an NDJSON document of {@value #HOUSEHOLDS} generated households (about 11 MB, held as
 * UTF-8 bytes) on 1, 2 or all available threads ({@code ExchangeValidator.Builder.threads}); one
 * thread is the baseline. The setup checks that every count of threads gives the same report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParallelNdjson {
  static final int HOUSEHOLDS = 10_000;

  /** The number of threads: a number, or {@code all} for the available processors. */
  @Param({"1", "2", "all"})
  public String threads;

  private ExchangeValidator validator;
  private byte[] document;

  /**
   * Generates the document and builds the validator.
   *
   * @throws IOException never, the document is in memory
   */
  @Setup
  public void setUp() throws IOException {
    document =
        HouseholdDocuments.ndjson(HouseholdDocuments.SEED, HOUSEHOLDS)
            .getBytes(StandardCharsets.UTF_8);
    int count =
        threads.equals("all")
            ? Runtime.getRuntime().availableProcessors()
            : Integer.parseInt(threads);
    validator = ExchangeValidator.builder().format(ExchangeFormat.NDJSON).threads(count).build();
    ValidationReport one =
        ExchangeValidator.builder()
            .format(ExchangeFormat.NDJSON)
            .build()
            .validate(new ByteArrayInputStream(document));
    ValidationReport report = validate();
    if (!report.isValid()
        || report.recordsRead() != HOUSEHOLDS
        || !report.toJson().equals(one.toJson())) {
      throw new IllegalStateException("not the report of one thread: " + report);
    }
    System.out.printf("%n%,d bytes, %d threads%n", document.length, count);
  }

  /**
   * Validates the document.
   *
   * @return the report
   * @throws IOException never, the document is in memory
   */
  @Benchmark
  public ValidationReport validate() throws IOException {
    return validator.validate(new ByteArrayInputStream(document));
  }
}
