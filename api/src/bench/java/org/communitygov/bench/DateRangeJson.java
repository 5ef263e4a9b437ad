package org.communitygov.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.communitygov.api.json.CommunityGovMappers;
import org.communitygov.model.common.DateRange;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading and writing a JSON array of {@value #COUNT} date ranges, {@code [{"start": "2019-03-01",
 * "endExclusive": "2024-06-01"}, ...]}: {@link DateRange} with the hardened {@link
 * CommunityGovMappers#strict()} mapper against the baseline, {@link PlainRange} with a fresh {@code
 * JsonMapper} and {@code JavaTimeModule}. Both sides read and write the very same text (checked in
 * {@link #setUp()}); one operation is the whole array.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DateRangeJson {
  /** Number of ranges in the array. */
  public static final int COUNT = 1_000;

  private ObjectReader communityGovReader;
  private ObjectWriter communityGovWriter;
  private ObjectReader plainReader;
  private ObjectWriter plainWriter;
  private List<DateRange> ranges;
  private List<PlainRange> plainRanges;
  private String json;

  /**
   * Builds the mappers and {@value #COUNT} ranges of varied dates and lengths, and checks that both
   * sides write the same JSON and read back what they wrote.
   *
   * @throws IOException never, unless the two sides disagree
   */
  @Setup
  public void setUp() throws IOException {
    JsonMapper communityGov = CommunityGovMappers.strict();
    JsonMapper plain =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    communityGovReader = communityGov.readerFor(new TypeReference<List<DateRange>>() {});
    communityGovWriter = communityGov.writerFor(new TypeReference<List<DateRange>>() {});
    plainReader = plain.readerFor(new TypeReference<List<PlainRange>>() {});
    plainWriter = plain.writerFor(new TypeReference<List<PlainRange>>() {});

    ranges = new ArrayList<>(COUNT);
    plainRanges = new ArrayList<>(COUNT);
    LocalDate first = LocalDate.of(2019, 3, 1);
    for (int i = 0; i < COUNT; i++) {
      LocalDate start = first.plusDays(i * 3L);
      LocalDate end = start.plusDays(1 + (i * 37L) % 1_900);
      ranges.add(DateRange.of(start, end));
      plainRanges.add(new PlainRange(start, end));
    }

    json = communityGovWriter.writeValueAsString(ranges);
    if (!json.equals(plainWriter.writeValueAsString(plainRanges))) {
      throw new IllegalStateException("the two sides do not write the same JSON");
    }
    if (!readCommunityGov().equals(ranges) || !readPlain().equals(plainRanges)) {
      throw new IllegalStateException("a side does not read back what it wrote");
    }
  }

  /**
   * Reads the array into {@link DateRange}s with the strict mapper.
   *
   * @return the ranges
   * @throws IOException never
   */
  @Benchmark
  public List<DateRange> readCommunityGov() throws IOException {
    return communityGovReader.readValue(json);
  }

  /**
   * Reads the array into {@link PlainRange}s with a plain mapper: the baseline.
   *
   * @return the ranges
   * @throws IOException never
   */
  @Benchmark
  public List<PlainRange> readPlain() throws IOException {
    return plainReader.readValue(json);
  }

  /**
   * Writes the {@link DateRange}s with the strict mapper.
   *
   * @return the JSON
   * @throws IOException never
   */
  @Benchmark
  public String writeCommunityGov() throws IOException {
    return communityGovWriter.writeValueAsString(ranges);
  }

  /**
   * Writes the {@link PlainRange}s with a plain mapper: the baseline.
   *
   * @return the JSON
   * @throws IOException never
   */
  @Benchmark
  public String writePlain() throws IOException {
    return plainWriter.writeValueAsString(plainRanges);
  }
}
