package org.communitygov.api.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Validation of NDJSON on several threads gives the report of one thread. */
class LineBatchesTest {
  /** Records good and bad; the generator picks among them by weight. */
  private static final List<String> BAD_RECORDS =
      List.of(
          Documents.PERSON.replace("500103194103150222", "500103194103150223"),
          Documents.PERSON.replace("\"name\":\"王秀英\",", ""),
          Documents.PERSON.replace("\"FEMALE\"", "\"SOMETIMES\""),
          Documents.PERSON.replace("\"LOCAL\"}", "\"LOCAL\",\"shoeSize\":41}"),
          Documents.PERSON.replace("\"LOCAL\"}", "\"LOCAL\",\"phone\":null}"),
          Documents.PERSON.replace("\"LOCAL\"}", "\"LOCAL\",\"phone\":\"not a phone\"}"),
          Documents.PERSON.replace("\"1941-03-15\"", "\"1941-02-30\""),
          Documents.PERSON.substring(0, 40),
          Documents.PERSON + " {}",
          "[1,2,3]",
          "{\"id\":,}",
          "{\"id\":\"P1\",\"name\":\"" + "长".repeat(1100) + "\"}");

  /** A document of {@code records} persons: most valid, some bad, some ids repeated. */
  static byte[] document(long seed, int records, boolean badTail) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder("{" + Documents.header("PERSONS") + "}\n");
    for (int i = 0; i < records; i++) {
      int roll = random.nextInt(100);
      String id = "P" + (roll < 5 ? random.nextInt(i + 1) : i);
      String record =
          roll < 70 ? Documents.PERSON : BAD_RECORDS.get(random.nextInt(BAD_RECORDS.size()));
      text.append(record.replace("\"P1\"", "\"" + id + "\""));
      text.append(random.nextInt(20) == 0 ? "\r\n\n   \n" : "\n");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
    if (badTail) {
      bytes.writeBytes(new byte[] {'{', '"', (byte) 0xC3, '"', '}', '\n'});
      bytes.writeBytes(Documents.PERSON.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  static ValidationReport validate(byte[] document, int threads, int maxIssues) throws IOException {
    ExchangeValidator validator =
        ExchangeValidator.builder()
            .format(ExchangeFormat.NDJSON)
            .maxRecordLength(1024)
            .maxIssues(maxIssues)
            .threads(threads)
            .build();
    return validator.validate(new ByteArrayInputStream(document));
  }

  @Nested
  class SameReport {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 20261202L, 7_777_777L, -42L})
    void asOneThreadForAnyNumberOfThreadsAndAnyCap(long seed) throws IOException {
      Random random = new Random(seed);
      int records = 1500 + random.nextInt(1500);
      boolean badTail = random.nextBoolean();
      byte[] document = document(seed, records, badTail);
      for (int maxIssues : new int[] {1000, 37, 1}) {
        ValidationReport one = validate(document, 1, maxIssues);
        if (badTail) {
          assertThat(one.summary()).as("seed %d", seed).containsKey("json.encoding");
        } else {
          assertThat(one.recordsRead()).as("seed %d", seed).isEqualTo(records);
        }
        assertThat(one.summary().keySet())
            .as("seed %d: the document has many kinds of problems", seed)
            .contains(
                "record.id.duplicate",
                "record.limit.length",
                "json.syntax",
                "json.truncated",
                "json.trailing")
            .hasSizeGreaterThan(6);
        if (maxIssues < 100) {
          assertThat(one.omittedIssues()).as("seed %d: the cap is reached", seed).isPositive();
        }
        for (int threads : new int[] {2, 4}) {
          ValidationReport many = validate(document, threads, maxIssues);
          assertThat(many.issues())
              .as("seed %d, %d threads, cap %d", seed, threads, maxIssues)
              .containsExactlyElementsOf(one.issues());
          assertThat(many.toJson())
              .as("seed %d, %d threads, cap %d", seed, threads, maxIssues)
              .isEqualTo(one.toJson());
        }
      }
    }

    @Test
    void keepsLineNumbersAndRecordIndexesAcrossBatches() throws IOException {
      StringBuilder text = new StringBuilder("{" + Documents.header("PERSONS") + "}\n\n");
      for (int i = 0; i < 3 * LineBatches.MAX_LINES; i++) {
        text.append(Documents.PERSON.replace("\"P1\"", "\"P" + i + "\"")).append('\n');
      }
      text.append(Documents.PERSON).append('\n');
      ValidationReport report = validate(text.toString().getBytes(StandardCharsets.UTF_8), 3, 1000);
      assertThat(report.issues()).hasSize(1);
      ValidationIssue duplicate = report.issues().get(0);
      assertThat(duplicate.code()).isEqualTo("record.id.duplicate");
      assertThat(duplicate.recordIndex()).hasValue(3L * LineBatches.MAX_LINES);
      assertThat(duplicate.line()).hasValue(3L * LineBatches.MAX_LINES + 3);
      assertThat(duplicate.arguments()).containsEntry("firstRecord", "1");
    }

    @Test
    void tellsTheProgressListenerOfEveryRecordInOrder() throws IOException {
      byte[] document = document(5L, 2000, false);
      List<Long> seen = new ArrayList<>();
      ExchangeValidator validator =
          ExchangeValidator.builder()
              .format(ExchangeFormat.NDJSON)
              .maxRecordLength(1024)
              .threads(2)
              .build()
              .withProgress((records, bytes) -> seen.add(records));
      validator.validate(new ByteArrayInputStream(document));
      List<Long> expected = new ArrayList<>();
      for (long i = 1; i <= 2000; i++) {
        expected.add(i);
      }
      expected.add(2000L);
      assertThat(seen).containsExactlyElementsOf(expected);
    }
  }

  @Nested
  class Threads {
    @Test
    void mustBeOneTo256() {
      assertThatThrownBy(() -> ExchangeValidator.builder().threads(0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("threads");
      assertThatThrownBy(() -> ExchangeValidator.builder().threads(257))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
