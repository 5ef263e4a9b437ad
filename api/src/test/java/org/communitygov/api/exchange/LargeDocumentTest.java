package org.communitygov.api.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Millions of records, generated as a stream and never held: the validator reads them in bounded
 * memory (the api tests' heap is 128 MB, less than the document) and time ({@code @Timeout}, a
 * guard, not a measurement). The count is {@value #RECORDS} to keep the default build fast; see
 * {@code docs/adr/0012-every-problem-of-a-record.md} for the measured rate.
 */
@Timeout(120)
class LargeDocumentTest {
  static final long RECORDS = 1_000_000;

  static String person(long i) {
    return "{\"id\":\"P"
        + i
        + "\",\"name\":\"居民"
        + (i % 1000)
        + "\",\"birthDate\":\"1980-01-01\",\"sex\":\""
        + (i % 2 == 0 ? "MALE" : "FEMALE")
        + "\",\"hukou\":\"LOCAL\"}";
  }

  @Nested
  class AMillionPersons {
    @Test
    void inAnEnvelopeAreAllChecked() throws IOException {
      GeneratedInput input =
          new GeneratedInput(
              "{" + Documents.header("PERSONS") + ",\"records\":[",
              RECORDS,
              i -> (i == 0 ? "" : ",") + person(i),
              "]}");
      long started = System.nanoTime();
      ValidationReport report = Documents.VALIDATOR.validate(input);
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      System.out.printf("envelope: %d records in %d ms%n", RECORDS, took.toMillis());
      assertThat(report.isValid()).isTrue();
      assertThat(report.recordsRead()).isEqualTo(RECORDS);
    }

    @Test
    void asNdjsonWithEveryHundredthBadAreAllReportedAndCapped() throws IOException {
      GeneratedInput input =
          new GeneratedInput(
              "{" + Documents.header("PERSONS") + "}\n",
              RECORDS,
              i -> (i % 100 == 0 ? person(i).replace("LOCAL", "X") : person(i)) + "\n",
              "");
      long started = System.nanoTime();
      ValidationReport report = ExchangeValidator.builder().maxIssues(50).build().validate(input);
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      System.out.printf("ndjson: %d records in %d ms%n", RECORDS, took.toMillis());
      assertThat(report.recordsRead()).isEqualTo(RECORDS);
      assertThat(report.count(Severity.ERROR)).isEqualTo(RECORDS / 100);
      assertThat(report.issues()).hasSize(50);
      assertThat(report.omittedIssues()).isEqualTo(RECORDS / 100 - 50);
      assertThat(report.summary()).containsEntry("record.value.enum", RECORDS / 100);
    }
  }
}
