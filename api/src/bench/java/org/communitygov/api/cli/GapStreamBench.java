package org.communitygov.api.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.communitygov.api.exchange.ExchangeValidator;
import org.communitygov.api.exchange.ValidationReport;
import org.communitygov.model.needs.NeedCategory;
import org.communitygov.model.service.ServiceCategory;
import org.communitygov.rules.service.gap.GapAggregation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The gap report streaming a large service loop, against the exchange validator on the very same
 * bytes, both in a 256 MB heap (ADR 0066: the gap's memory is its cells and the join index of
 * requests and orders, never the deliveries). One operation is one whole pass over the file:
 *
 * <ul>
 *   <li>{@code gap}: {@code communitygov gap --format csv SERVICES LOOP}, in this JVM (the
 *       command's own reading, binding, aggregation and judgement; the table thrown away);
 *   <li>{@code validator}: {@link ExchangeValidator} on the loop file (the baseline the issue
 *       names).
 * </ul>
 *
 * <p>The files are generated once, seeded, in {@code java.io.tmpdir} (reused when present): a
 * {@code SERVICES} stream of one service per community × category ({@value #COMMUNITIES} × {@value
 * #CATEGORIES}: the categories meeting the 19 categories of need, and convenience), and a {@code
 * SERVICE_LOOP} NDJSON in the order a loop is written — a request, its order (requested, accepted
 * and, for nine in ten, in progress), then {@value #PER_ORDER} deliveries — until {@code entries}
 * lines. MB/s = the loop file's size / the time of one pass.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class GapStreamBench {
  static final int COMMUNITIES = 1_000;
  static final int CATEGORIES = 20;
  static final int PER_ORDER = 30;
  private static final long SEED = 20_261_202L;

  /** The lines of the loop file (after its header). */
  @Param("1000000")
  public int entries;

  private Path services;
  private Path loop;

  /**
   * Generates the files if absent and checks that both sides accept them.
   *
   * @throws IOException if a file cannot be written or read
   */
  @Setup
  public void setUp() throws IOException {
    Path dir = Path.of(System.getProperty("java.io.tmpdir"));
    services = dir.resolve("communitygov-gap-services.ndjson");
    loop = dir.resolve("communitygov-gap-loop-" + entries + ".ndjson");
    if (!Files.exists(services)) {
      try (BufferedWriter out = Files.newBufferedWriter(services, StandardCharsets.UTF_8)) {
        writeServices(out);
      }
    }
    if (!Files.exists(loop)) {
      try (BufferedWriter out = Files.newBufferedWriter(loop, StandardCharsets.UTF_8)) {
        writeLoop(out, entries);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%n%s: %,d bytes, %,d entries; heap max %,d MB%n",
        loop,
        Files.size(loop),
        entries,
        Runtime.getRuntime().maxMemory() / 1_000_000);
    int code = gap();
    if (code != 0) {
      throw new IllegalStateException("gap refused the generated files: exit " + code);
    }
    ValidationReport report = validator();
    if (!report.isValid()) {
      throw new IllegalStateException("the generated loop is not valid: " + report.issues());
    }
  }

  /**
   * Runs {@code gap} over the services and the loop.
   *
   * @return the exit code, 0
   */
  @Benchmark
  public int gap() {
    StringWriter err = new StringWriter();
    int code =
        Main.execute(
            CliEnvironment.ofProcess(),
            new PrintWriter(Writer.nullWriter()),
            new PrintWriter(err),
            "gap",
            "--from",
            "2026-01-01",
            "--to",
            "2026-03-31",
            "--format",
            "csv",
            services.toString(),
            loop.toString());
    if (code != 0) {
      System.out.println(err);
    }
    return code;
  }

  /**
   * Validates the loop with the exchange validator.
   *
   * @return the report
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public ValidationReport validator() throws IOException {
    return ExchangeValidator.builder().build().validate(loop);
  }

  /**
   * The service categories: the one meeting each category of need (19), and convenience services
   * (便民利民), which no request asks for.
   */
  /**
   * Writes the two files outside JMH, for a run of the commands themselves: {@code java -cp
   * api/target/benchmarks.jar org.communitygov.api.cli.GapStreamBench SERVICES LOOP LINES}.
   *
   * @param args the services file, the loop file and the loop's lines
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
      writeServices(out);
    }
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      writeLoop(out, Integer.parseInt(args[2]));
    }
  }

  private static List<String> categories() {
    List<String> codes = new ArrayList<>();
    for (NeedCategory need : NeedCategory.values()) {
      codes.add(GapAggregation.category(need).code());
    }
    codes.add(ServiceCategory.CONVENIENCE.code());
    return codes;
  }

  private static String header(String kind) {
    return "{\"$schema\":\"https://communitygov.org/schema/exchange/1.0/"
        + kind.toLowerCase(Locale.ROOT)
        + ".schema.json\",\"kind\":\""
        + kind
        + "\",\"version\":\"1.0\",\"issuer\":{\"name\":\"基准测试\",\"divisionCode\":\"500103\"},"
        + "\"issuedAt\":\"2026-04-02T09:00:00+08:00\"}\n";
  }

  static void writeServices(Writer out) throws IOException {
    out.write(header("SERVICES"));
    List<String> categories = categories();
    for (int c = 0; c < COMMUNITIES; c++) {
      for (int k = 0; k < CATEGORIES; k++) {
        out.write(
            "{\"service\":{\"id\":\"S-"
                + c
                + "-"
                + k
                + "\",\"name\":{\"zh\":\"服务"
                + k
                + "\"},\"category\":\""
                + categories.get(k)
                + "\",\"supplyMode\":\"PUBLIC\",\"provider\":\"P-"
                + k
                + "\",\"status\":\"ACTIVE\",\"communities\":[\"C"
                + c
                + "\"],\"capacities\":[{\"amount\":"
                + (1 + (c * 7 + k) % 40)
                + ",\"unit\":\"VISITS\",\"period\":\"WEEK\"}]}}\n");
      }
    }
  }

  static void writeLoop(Writer out, int entries) throws IOException {
    out.write(header("SERVICE_LOOP"));
    SplittableRandom r = new SplittableRandom(SEED);
    NeedCategory[] needs = NeedCategory.values();
    long start = java.time.Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
    int written = 0;
    for (int g = 0; written < entries; g++) {
      int c = r.nextInt(COMMUNITIES);
      int k = r.nextInt(needs.length);
      long at = start + r.nextLong(80L * 86_400);
      String request = "R-" + g;
      String order = "O-" + g;
      out.write(
          "{\"request\":{\"id\":\""
              + request
              + "\",\"household\":\"H"
              + r.nextInt(1_000_000)
              + "\",\"community\":\"C"
              + c
              + "\",\"category\":\""
              + needs[k]
              + "\",\"requestedAt\":\""
              + instant(at)
              + "\",\"channel\":\"PHONE\",\"priority\":\"NORMAL\"}}\n");
      boolean started = r.nextInt(10) != 0;
      long begun = at + 3_600 + r.nextInt(72 * 3_600);
      out.write(
          "{\"order\":{\"id\":\""
              + order
              + "\",\"request\":\""
              + request
              + "\",\"service\":\"S-"
              + c
              + "-"
              + k
              + "\",\"provider\":\"P-"
              + k
              + "\",\"events\":[{\"at\":\""
              + instant(at + 600)
              + "\",\"status\":\"REQUESTED\",\"actor\":\"caseworker\"},{\"at\":\""
              + instant(at + 1_800)
              + "\",\"status\":\"ACCEPTED\",\"actor\":\"provider\"}"
              + (started
                  ? ",{\"at\":\""
                      + instant(begun)
                      + "\",\"status\":\"IN_PROGRESS\",\"actor\":\"provider\"}"
                  : "")
              + "]}}\n");
      written += 2;
      for (int d = 0; started && d < PER_ORDER && written < entries; d++, written++) {
        long from = begun + d * 86_400L;
        out.write(
            "{\"delivery\":{\"id\":\"D-"
                + g
                + "-"
                + d
                + "\",\"order\":\""
                + order
                + "\",\"provider\":\"P-"
                + k
                + "\",\"worker\":\"W-"
                + r.nextInt(500)
                + "\",\"start\":\""
                + instant(from)
                + "\",\"end\":\""
                + instant(from + 3_600)
                + "\",\"units\":{\"quantity\":1,\"unit\":\"VISITS\"},"
                + "\"cost\":{\"amount\":\"30.00\",\"currency\":\"CNY\"},"
                + "\"subsidy\":{\"amount\":\"10.00\",\"currency\":\"CNY\"},"
                + "\"outcome\":\"COMPLETED\"}}\n");
      }
    }
  }

  private static String instant(long epochSecond) {
    return java.time.Instant.ofEpochSecond(epochSecond).toString();
  }
}
