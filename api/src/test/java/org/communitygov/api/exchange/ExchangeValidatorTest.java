package org.communitygov.api.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExchangeValidatorTest {
  /** Every call of a listener: records read, input read. */
  static final class Calls implements ProgressListener {
    final List<long[]> calls = new ArrayList<>();

    @Override
    public void progressed(long recordsRead, long inputRead) {
      calls.add(new long[] {recordsRead, inputRead});
    }

    long[] last() {
      return calls.get(calls.size() - 1);
    }
  }

  static String persons(int count) {
    String[] records = new String[count];
    for (int i = 0; i < count; i++) {
      records[i] = Documents.PERSON.replace("\"P1\"", "\"P" + i + "\"");
    }
    return Documents.ndjson("PERSONS", records);
  }

  @Nested
  class WithProgress {
    @Test
    void tellsEachRecordThenTheEndWithTheBytesRead() throws IOException {
      byte[] document = persons(1_000).getBytes(StandardCharsets.UTF_8);
      Calls calls = new Calls();
      ValidationReport report =
          Documents.VALIDATOR.withProgress(calls).validate(new ByteArrayInputStream(document));
      assertThat(report.isValid()).isTrue();
      assertThat(calls.calls).hasSize(1_001);
      for (int i = 0; i < 1_000; i++) {
        assertThat(calls.calls.get(i)[0]).isEqualTo(i + 1);
      }
      assertThat(calls.last()).containsExactly(1_000, document.length);
    }

    @Test
    void countsCharactersForAReaderAndRecordsThatAreNotChecked() throws IOException {
      String document = Documents.envelope("PETS", "{}", "{}", "{}");
      Calls calls = new Calls();
      ValidationReport report =
          Documents.VALIDATOR.withProgress(calls).validate(new StringReader(document));
      assertThat(Documents.codes(report)).contains("envelope.kind.unknown");
      assertThat(calls.calls).extracting(c -> c[0]).containsExactly(1L, 2L, 3L, 3L);
      assertThat(calls.last()[1]).isEqualTo(document.length());
    }

    @Test
    void leavesTheOriginalValidatorAlone() throws IOException {
      Calls calls = new Calls();
      ExchangeValidator watched = Documents.VALIDATOR.withProgress(calls);
      Documents.validate(persons(3));
      assertThat(calls.calls).isEmpty();
      watched.validate(new StringReader(persons(3)));
      assertThat(calls.calls).isNotEmpty();
    }

    @Test
    void rejectsNull() {
      assertThatThrownBy(() -> Documents.VALIDATOR.withProgress(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("listener");
    }
  }

  @Nested
  class TheFormatOfAFile {
    @ParameterizedTest
    @CsvSource({
      "households.json, ENVELOPE",
      "HOUSEHOLDS.JSON, ENVELOPE",
      "persons.ndjson, NDJSON",
      "persons.jsonl, NDJSON",
      "persons.txt, AUTO",
      "json, AUTO",
    })
    void isToldByItsName(String name, ExchangeFormat format) {
      assertThat(ExchangeFormat.fromFileName(Path.of("dir", name))).isEqualTo(format);
    }

    @Test
    void decidesHowAPathIsRead(@TempDir Path dir) throws IOException {
      String ndjson = persons(2);
      Path named = Files.writeString(dir.resolve("persons.ndjson"), ndjson);
      Path unnamed = Files.writeString(dir.resolve("persons.data"), ndjson);
      Path misnamed = Files.writeString(dir.resolve("persons.json"), ndjson);
      assertThat(Documents.VALIDATOR.validate(named).format()).isEqualTo(ExchangeFormat.NDJSON);
      assertThat(Documents.VALIDATOR.validate(unnamed).format()).isEqualTo(ExchangeFormat.NDJSON);
      ValidationReport asEnvelope = Documents.VALIDATOR.validate(misnamed);
      assertThat(asEnvelope.format()).isEqualTo(ExchangeFormat.ENVELOPE);
      assertThat(asEnvelope.isValid()).isFalse();
    }
  }
}
