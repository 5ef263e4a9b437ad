package org.communitygov.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.communitygov.api.json.CommunityGovMappers;
import org.communitygov.model.volunteer.ServiceRecord;
import org.communitygov.model.volunteer.VolunteerId;
import org.communitygov.rules.engine.Jurisdiction;
import org.communitygov.rules.engine.ParameterSet;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.volunteer.StarLevel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Star levels for every volunteer from {@code records} NDJSON service records of {@value
 * #VOLUNTEERS} volunteers in one streaming pass: each line bound to a {@link ServiceRecord} (its
 * invariants checked), hours summed per volunteer, then {@link StarLevel} with its explanation for
 * each volunteer. The lines are generated while they are read (nothing is held), so memory is the
 * per-volunteer sums. Baseline, in the same run: the same lines read with Jackson's streaming
 * parser, hours summed as hundredths per volunteer id, stars by comparing with a fixed array.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class VolunteerStars {
  static final int VOLUNTEERS = 50_000;
  static final long[] NATIONAL = {10_000, 30_000, 60_000, 100_000, 150_000};

  /** How many records. */
  @Param({"1000000"})
  public int records;

  private final JsonMapper json = CommunityGovMappers.strict();
  private final ObjectReader reader = json.readerFor(ServiceRecord.class);
  private final RuleContext context =
      RuleContext.of(ParameterSet.defaults(), Jurisdiction.national(), LocalDate.of(2026, 12, 1));

  /** A generated record line: volunteer i mod 50,000, a day of 2026, 2.5 of 3 hours. */
  static String line(int i) {
    int day = (i / VOLUNTEERS) % 330;
    LocalDate date = LocalDate.of(2026, 1, 1).plusDays(day);
    int slot = (i / VOLUNTEERS / 330) % 4;
    return "{\"id\":\"SR-"
        + i
        + "\",\"volunteer\":\"V-"
        + (i % VOLUNTEERS)
        + "\",\"activity\":\"助老陪诊\",\"organiser\":\"ORG-"
        + (i % 7)
        + "\",\"date\":\""
        + date
        + "\",\"start\":\""
        + (10 + slot * 3)
        + ":00:00\",\"end\":\""
        + (13 + slot * 3)
        + ":00:00\",\"place\":\"和平里\",\"content\":\"陪同老人就诊\",\"hours\":2.50,\"recordedBy\":\"李红\"}\n";
  }

  /** The lines, made as they are read. */
  Reader lines() {
    InputStream generated =
        new InputStream() {
          private int next;
          private byte[] current = new byte[0];
          private int at;

          @Override
          public int read() {
            if (at == current.length) {
              if (next == records) {
                return -1;
              }
              current = line(next++).getBytes(StandardCharsets.UTF_8);
              at = 0;
            }
            return current[at++] & 0xff;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            int n = 0;
            while (n < len) {
              int c = read();
              if (c < 0) {
                return n == 0 ? -1 : n;
              }
              b[off + n++] = (byte) c;
            }
            return n;
          }
        };
    return new BufferedReader(new InputStreamReader(generated, StandardCharsets.UTF_8), 1 << 16);
  }

  /**
   * Binds every record, sums hours per volunteer and rates each with {@link StarLevel}.
   *
   * @return the total stars, so nothing is optimised away
   * @throws IOException never
   */
  @Benchmark
  public long starsFromBoundRecords() throws IOException {
    Map<VolunteerId, BigDecimal> hours = new HashMap<>();
    try (BufferedReader in = (BufferedReader) lines()) {
      for (String l = in.readLine(); l != null; l = in.readLine()) {
        ServiceRecord r = reader.readValue(l);
        hours.merge(r.volunteer(), r.hours(), BigDecimal::add);
      }
    }
    long stars = 0;
    for (BigDecimal h : hours.values()) {
      stars +=
          StarLevel.rule()
              .evaluate(new StarLevel.Input(Optional.of(h)), context)
              .outcomeOrThrow()
              .stars();
    }
    return stars;
  }

  /**
   * The baseline: streaming tokens, hundredths per volunteer id, a fixed threshold array.
   *
   * @return the total stars
   * @throws IOException never
   */
  @Benchmark
  public long starsFromTokens() throws IOException {
    Map<String, long[]> hours = new HashMap<>();
    try (BufferedReader in = (BufferedReader) lines()) {
      for (String l = in.readLine(); l != null; l = in.readLine()) {
        String volunteer = null;
        long hundredths = 0;
        try (JsonParser p = json.getFactory().createParser(l)) {
          for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
            if (t == JsonToken.FIELD_NAME && p.currentName().equals("volunteer")) {
              volunteer = p.nextTextValue();
            } else if (t == JsonToken.FIELD_NAME && p.currentName().equals("hours")) {
              p.nextToken();
              hundredths = p.getDecimalValue().movePointRight(2).longValueExact();
            }
          }
        }
        hours.computeIfAbsent(volunteer, k -> new long[1])[0] += hundredths;
      }
    }
    long stars = 0;
    for (long[] h : hours.values()) {
      for (long t : NATIONAL) {
        stars += h[0] >= t ? 1 : 0;
      }
    }
    return stars;
  }
}
