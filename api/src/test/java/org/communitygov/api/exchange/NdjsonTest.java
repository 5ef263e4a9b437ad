package org.communitygov.api.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.communitygov.api.exchange.Documents.codes;
import static org.communitygov.api.exchange.Documents.ndjson;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NdjsonTest {
  static final ExchangeValidator NDJSON =
      ExchangeValidator.builder().format(ExchangeFormat.NDJSON).build();

  static String person(String id) {
    return Documents.PERSON.replace("\"P1\"", "\"" + id + "\"");
  }

  @Nested
  class Detection {
    @Test
    void aHeaderFollowedByRecordsIsDetectedAsNdjson() throws IOException {
      ValidationReport report =
          Documents.VALIDATOR.validate(
              new StringReader(ndjson("PERSONS", person("A"), person("B"))));
      assertThat(report.format()).isEqualTo(ExchangeFormat.NDJSON);
      assertThat(report.isValid()).isTrue();
      assertThat(report.recordsRead()).isEqualTo(2);
    }

    @Test
    void anObjectWithRecordsIsDetectedAsAnEnvelope() throws IOException {
      ValidationReport report = Documents.validate(Documents.persons(person("A")));
      assertThat(report.format()).isEqualTo(ExchangeFormat.ENVELOPE);
    }

    @Test
    void aLoneHeaderIsReadAsAnEnvelopeWithoutRecords() throws IOException {
      ValidationReport report = Documents.validate("{" + Documents.header("PERSONS") + "}");
      assertThat(report.format()).isEqualTo(ExchangeFormat.ENVELOPE);
      assertThat(codes(report)).containsExactly("envelope.property.required");
    }

    @Test
    void theNdjsonExtensionSelectsNdjson(@TempDir Path dir) throws IOException {
      Path file = Files.writeString(dir.resolve("persons.ndjson"), ndjson("PERSONS"));
      ValidationReport report = Documents.VALIDATOR.validate(file);
      assertThat(report.format()).isEqualTo(ExchangeFormat.NDJSON);
      assertThat(report.isValid()).isTrue();
    }
  }

  @Nested
  class Lines {
    @Test
    void aSyntaxErrorSpoilsOnlyItsLine() throws IOException {
      String doc = ndjson("PERSONS", person("A"), "{\"id\":", person("C").replace("FEMALE", "F"));
      ValidationReport report = NDJSON.validate(new StringReader(doc));
      assertThat(report.issues())
          .extracting(ValidationIssue::code, i -> i.line().getAsLong(), ValidationIssue::pointer)
          .containsExactly(tuple("json.truncated", 3L, ""), tuple("record.value.enum", 4L, "/sex"));
      assertThat(report.recordsRead()).isEqualTo(3);
    }

    @Test
    void twoValuesOnOneLineAreJsonTrailing() throws IOException {
      String doc = ndjson("PERSONS", person("A") + person("B"));
      assertThat(codes(NDJSON.validate(new StringReader(doc)))).containsExactly("json.trailing");
    }

    @Test
    void blankLinesAndCarriageReturnsAreAllowed() throws IOException {
      String doc = ndjson("PERSONS", person("A"), "", person("B")).replace("\n", "\r\n");
      ValidationReport report = NDJSON.validate(new StringReader(doc));
      assertThat(report.isValid()).isTrue();
      assertThat(report.recordsRead()).isEqualTo(2);
    }

    @Test
    void duplicateIdsAcrossLinesAreReported() throws IOException {
      ValidationReport report =
          NDJSON.validate(new StringReader(ndjson("PERSONS", person("A"), person("A"))));
      assertThat(report.issues())
          .singleElement()
          .satisfies(
              i -> {
                assertThat(i.code()).isEqualTo("record.id.duplicate");
                assertThat(i.recordIndex()).hasValue(1);
                assertThat(i.line()).hasValue(3);
                assertThat(i.pointer()).isEqualTo("/id");
              });
    }

    @Test
    void anEmptyNdjsonInputIsJsonEmpty() throws IOException {
      assertThat(codes(NDJSON.validate(new StringReader("\n\n")))).containsExactly("json.empty");
    }

    @Test
    void aHeaderThatIsNotAnObjectLeavesTheRecordsUnchecked() throws IOException {
      ValidationReport report = NDJSON.validate(new StringReader("[]\n{\"bad\":1}\n"));
      assertThat(codes(report)).containsExactly("envelope.value.type");
    }
  }
}
