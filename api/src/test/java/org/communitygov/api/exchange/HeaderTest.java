package org.communitygov.api.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.api.exchange.Documents.codes;
import static org.communitygov.api.exchange.Documents.header;
import static org.communitygov.api.exchange.Documents.validate;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderTest {
  static String withRecords(String header, String... records) {
    return "{" + header + ",\"records\":[" + String.join(",", records) + "]}";
  }

  @Nested
  class AValidHeader {
    @Test
    void isReportedBack() throws IOException {
      ValidationReport report = validate(withRecords(header("PERSONS"), Documents.PERSON));
      assertThat(report.isValid()).isTrue();
      ExchangeHeader header = report.header().orElseThrow();
      assertThat(header.kind()).isEqualTo(RecordKind.PERSONS);
      assertThat(header.version()).isEqualTo(ExchangeVersion.CURRENT);
      assertThat(header.issuer().name()).isEqualTo("和平里社区居民委员会");
    }
  }

  @Nested
  class KindsAndVersions {
    @Test
    void anUnknownKindIsEnvelopeKindUnknownAndTheRecordsAreNotChecked() throws IOException {
      String header = header("PERSONS").replace("\"kind\":\"PERSONS\"", "\"kind\":\"PETS\"");
      ValidationReport report = validate(withRecords(header, "{\"bad\":1}"));
      assertThat(codes(report)).containsExactly("envelope.kind.unknown");
      assertThat(report.issues().get(0).arguments().get("allowed"))
          .startsWith("COMMUNITIES, HOUSEHOLDS, PERSONS, ")
          .isEqualTo(
              java.util.Arrays.stream(RecordKind.values())
                  .map(Enum::name)
                  .collect(java.util.stream.Collectors.joining(", ")));
      assertThat(report.recordsRead()).isEqualTo(1);
    }

    @Test
    void anEnvelopeOfAnotherKindThanExpectedIsEnvelopeKindUnexpected() throws IOException {
      ExchangeValidator households =
          ExchangeValidator.builder().expectedKind(RecordKind.HOUSEHOLDS).build();
      ValidationReport report =
          households.validate(new StringReader(withRecords(header("PERSONS"), Documents.PERSON)));
      assertThat(codes(report)).containsExactly("envelope.kind.unexpected");
    }

    @Test
    void anUnknownMajorVersionIsEnvelopeVersionUnsupported() throws IOException {
      ValidationReport report = validate(withRecords(header("PERSONS", "2.0"), "{\"bad\":1}"));
      assertThat(codes(report)).containsExactly("envelope.version.unsupported");
      assertThat(report.issues().get(0).arguments()).containsEntry("supported", "1");
    }

    @Test
    void aNewerMinorVersionTurnsUnknownPropertiesIntoWarnings() throws IOException {
      String person = Documents.PERSON.replace("}", ",\"nickname\":\"x\"}");
      String header = header("PERSONS", "1.3").replace("}", "},\"signature\":\"abc\"");
      ValidationReport report = validate(withRecords(header, person));
      assertThat(report.isValid()).isTrue();
      assertThat(report.issues())
          .extracting(ValidationIssue::severity, ValidationIssue::code)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(Severity.INFO, "envelope.version.newerMinor"),
              org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "envelope.property.unknown"),
              org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "record.property.unknown"));
    }

    @Test
    void aMalformedVersionIsEnvelopeVersionFormat() throws IOException {
      String header = header("PERSONS").replace("\"version\":\"1.0\"", "\"version\":\"v1\"");
      assertThat(codes(validate(withRecords(header)))).contains("envelope.version.format");
    }

    @Test
    void aSchemaThatDisagreesWithTheKindIsEnvelopeSchemaMismatch() throws IOException {
      String header = header("PERSONS").replace("persons.schema", "households.schema");
      ValidationReport report = validate(withRecords(header, Documents.PERSON));
      assertThat(codes(report)).containsExactly("envelope.schema.mismatch");
      assertThat(report.issues().get(0).pointer()).isEqualTo("/$schema");
    }
  }

  @Nested
  class Members {
    @Test
    void missingMembersAreEachEnvelopePropertyRequired() throws IOException {
      ValidationReport report = validate("{\"kind\":\"PERSONS\",\"version\":\"1.0\"}");
      assertThat(report.issues())
          .extracting(ValidationIssue::pointer)
          .containsExactlyInAnyOrder("/$schema", "/issuer", "/issuedAt", "/records");
      assertThat(codes(report)).containsOnly("envelope.property.required");
    }

    @Test
    void aBadIssuedAtIsEnvelopeValueFormat() throws IOException {
      String header = header("PERSONS").replace("2026-11-20T09:30:00+08:00", "2026-11-20");
      assertThat(codes(validate(withRecords(header)))).containsExactly("envelope.value.format");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "2026-11-20T09:30:00+08Z00",
          "2026-11-20T09:30+08:00",
          "2026-11-20t09:30:00+08:00",
          "2026-11-20T09:30:00z",
          "2026-11-20T09:30:00+08:00:00",
          "2026-11-20T09:30:00+0800",
          "2026-11-20T25:30:00+08:00"
        })
    void anIssuedAtOfAnotherFormIsEnvelopeValueFormat(String issuedAt) throws IOException {
      String header = header("PERSONS").replace("2026-11-20T09:30:00+08:00", issuedAt);
      assertThat(codes(validate(withRecords(header)))).containsExactly("envelope.value.format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-20T09:30:00Z", "2026-11-20T09:30:00.125-05:30"})
    void anIssuedAtInTheOneFormIsRead(String issuedAt) throws IOException {
      String header = header("PERSONS").replace("2026-11-20T09:30:00+08:00", issuedAt);
      assertThat(validate(withRecords(header)).issues()).isEmpty();
    }

    @Test
    void theIssuerIsCheckedLikeARecord() throws IOException {
      String header =
          header("PERSONS")
              .replace(
                  "{\"name\":\"和平里社区居民委员会\"}",
                  "{\"name\":\" \",\"divisionCode\":\"12\",\"fax\":\"1\"}");
      ValidationReport report = validate(withRecords(header));
      assertThat(report.issues())
          .extracting(ValidationIssue::code, ValidationIssue::pointer)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("envelope.property.unknown", "/issuer/fax"),
              org.assertj.core.groups.Tuple.tuple(
                  "value.divisionCode.length", "/issuer/divisionCode"),
              org.assertj.core.groups.Tuple.tuple("constraint.NotBlank", "/issuer/name"));
    }

    @Test
    void recordsBeforeKindAreReadButNotChecked() throws IOException {
      String doc = "{\"records\":[{\"bad\":1}]," + header("PERSONS") + "}";
      ValidationReport report = validate(doc);
      assertThat(codes(report)).containsExactly("envelope.records.beforeHeader");
      assertThat(report.recordsRead()).isEqualTo(1);
    }

    @Test
    void recordsAfterKindAndVersionButBeforeTheRestAreChecked() throws IOException {
      String doc =
          "{\"kind\":\"PERSONS\",\"version\":\"1.0\",\"records\":["
              + Documents.PERSON
              + "],"
              + header("PERSONS").replace("\"kind\":\"PERSONS\",\"version\":\"1.0\",", "")
              + "}";
      assertThat(validate(doc).isValid()).isTrue();
    }
  }
}
