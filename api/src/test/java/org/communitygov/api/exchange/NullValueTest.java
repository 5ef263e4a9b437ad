package org.communitygov.api.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.communitygov.api.exchange.Documents.persons;
import static org.communitygov.api.exchange.Documents.validate;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A JSON {@code null} where the wire format leaves a value out (ADR 0014). */
class NullValueTest {
  static final String NULL_CITIZEN_ID =
      Documents.PERSON.replace("\"citizenId\":\"500103194103150222\"", "\"citizenId\":null");
  static final ExchangeValidator LENIENT =
      ExchangeValidator.builder().mode(ValidationMode.LENIENT).build();

  @Nested
  class ForAnOptionalProperty {
    @Test
    void isAnErrorInStrictMode() throws IOException {
      ValidationReport report = validate(persons(NULL_CITIZEN_ID));
      assertThat(report.isValid()).isFalse();
      assertThat(report.issues())
          .extracting(ValidationIssue::severity, ValidationIssue::code, ValidationIssue::pointer)
          .containsExactly(tuple(Severity.ERROR, "record.value.null", "/records/0/citizenId"));
    }

    @Test
    void isAWarningInLenientMode() throws IOException {
      ValidationReport report = LENIENT.validate(new StringReader(persons(NULL_CITIZEN_ID)));
      assertThat(report.isValid()).isTrue();
      assertThat(report.issues())
          .extracting(ValidationIssue::severity, ValidationIssue::code)
          .containsExactly(tuple(Severity.WARNING, "record.value.null"));
    }

    @Test
    void isReportedBesideTheRecordsOtherProblems() throws IOException {
      String alsoBadSex = NULL_CITIZEN_ID.replace("\"sex\":\"FEMALE\"", "\"sex\":\"F\"");
      assertThat(validate(persons(alsoBadSex)).issues())
          .extracting(ValidationIssue::code, ValidationIssue::pointer)
          .containsExactlyInAnyOrder(
              tuple("record.value.null", "/records/0/citizenId"),
              tuple("record.value.enum", "/records/0/sex"));
    }

    @Test
    void isFoundInNestedObjectsAndNdjsonLines() throws IOException {
      String household =
          "{\"id\":\"H1\",\"community\":\"C1\",\"address\":\"1号楼\",\"kind\":\"REGISTERED\","
              + "\"building\":null,\"members\":["
              + NULL_CITIZEN_ID
              + "],\"memberships\":[{\"person\":\"P1\",\"role\":\"HEAD\","
              + "\"period\":{\"start\":\"1985-05-01\",\"endExclusive\":null}}]}";
      ValidationReport report =
          validate(Documents.ndjson("HOUSEHOLDS", household).replace("\n{\"id\"", "\n\n{\"id\""));
      assertThat(report.issues())
          .extracting(ValidationIssue::code, ValidationIssue::pointer, i -> i.line().getAsLong())
          .containsExactly(
              tuple("record.value.null", "/building", 3L),
              tuple("record.value.null", "/members/0/citizenId", 3L),
              tuple("record.value.null", "/memberships/0/period/endExclusive", 3L));
    }

    @Test
    void ofTheIssuerIsEnvelopeValueNull() throws IOException {
      String document =
          persons(Documents.PERSON)
              .replace("\"issuer\":{\"name\":", "\"issuer\":{\"divisionCode\":null,\"name\":");
      assertThat(validate(document).issues())
          .extracting(ValidationIssue::code, ValidationIssue::pointer)
          .containsExactly(tuple("envelope.value.null", "/issuer/divisionCode"));
    }
  }

  @Nested
  class ForARequiredProperty {
    @Test
    void isRecordPropertyRequiredInBothModes() throws IOException {
      String person = Documents.PERSON.replace("\"name\":\"王秀英\"", "\"name\":null");
      for (ExchangeValidator validator : new ExchangeValidator[] {Documents.VALIDATOR, LENIENT}) {
        assertThat(validator.validate(new StringReader(persons(person))).issues())
            .extracting(ValidationIssue::severity, ValidationIssue::code)
            .containsExactly(tuple(Severity.ERROR, "record.property.required"));
      }
    }
  }

  @Nested
  class ForAnArrayElement {
    @Test
    void isAnErrorInBothModes() throws IOException {
      String household =
          "{\"id\":\"H1\",\"community\":\"C1\",\"address\":\"1号楼\",\"kind\":\"REGISTERED\","
              + "\"members\":["
              + Documents.PERSON
              + ",null],\"memberships\":[{\"person\":\"P1\",\"role\":\"HEAD\","
              + "\"period\":{\"start\":\"1985-05-01\"}}]}";
      ValidationReport report =
          LENIENT.validate(new StringReader(Documents.envelope("HOUSEHOLDS", household)));
      assertThat(report.issues())
          .extracting(ValidationIssue::severity, ValidationIssue::code, ValidationIssue::pointer)
          .containsExactly(tuple(Severity.ERROR, "record.value.null", "/records/0/members/1"));
    }
  }
}
