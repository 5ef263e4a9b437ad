package org.communitygov.api.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * An {@code EVALUATIONS} document (ADR 0119): each evaluation's constraints by code and pointer,
 * its optional {@code id} checked for duplicates, and its service record left to another document.
 */
class EvaluationsTest {
  static final String EVALUATION =
      "{\"volunteer\":\"V-001\",\"record\":\"SR-2026-00001\","
          + "\"evaluator\":\"和平里志愿服务队\",\"rating\":5,\"date\":\"2026-01-04\"}";

  static String with(String member, String json) {
    return EVALUATION.replaceFirst(
        "\"" + member + "\":(\"[^\"]*\"|\\d+)", "\"" + member + "\":" + json);
  }

  static String without(String member) {
    return EVALUATION.replaceFirst(",\"" + member + "\":(\"[^\"]*\"|\\d+)", "");
  }

  static String identified(String id, String evaluation) {
    return "{\"id\":" + id + "," + evaluation.substring(1);
  }

  static ValidationReport evaluations(String... records) throws IOException {
    return Documents.validate(Documents.envelope("EVALUATIONS", records));
  }

  @Test
  void anEvaluationOfARecordInAnotherDocumentIsValidWithOrWithoutAnId() throws IOException {
    ValidationReport report =
        evaluations(identified("\"EV-1\"", EVALUATION), EVALUATION, without("record"));
    assertThat(report.issues()).isEmpty();
    assertThat(report.recordsRead()).isEqualTo(3);
  }

  @Test
  void aRatingOutsideOneToFiveIsItsConstraintAtTheRating() throws IOException {
    ValidationReport report = evaluations(with("rating", "6"), with("rating", "0"));
    assertThat(report.issues())
        .extracting(ValidationIssue::code, ValidationIssue::pointer, ValidationIssue::arguments)
        .containsExactly(
            tuple("constraint.Max", "/records/0/rating", Map.of("value", "5")),
            tuple("constraint.Min", "/records/1/rating", Map.of("value", "1")));
  }

  @Test
  void theEvaluatorIsRequiredNotBlankAndAtMostAHundredCharacters() throws IOException {
    ValidationReport report =
        evaluations(
            without("evaluator"),
            with("evaluator", "\" \""),
            with("evaluator", "\"" + "评".repeat(101) + "\""));
    assertThat(report.issues())
        .extracting(ValidationIssue::code, ValidationIssue::pointer, ValidationIssue::arguments)
        .containsExactly(
            tuple(
                "record.property.required",
                "/records/0/evaluator",
                Map.of("property", "evaluator")),
            tuple("constraint.NotBlank", "/records/1/evaluator", Map.of()),
            tuple("constraint.Size", "/records/2/evaluator", Map.of("min", "0", "max", "100")));
  }

  @Test
  void aCommentIsAtMostAThousandCharactersAndNeverQuoted() throws IOException {
    String comment = "迟到".repeat(501);
    ValidationReport report =
        evaluations(EVALUATION.replace("}", ",\"comment\":\"" + comment + "\"}"));
    assertThat(report.issues())
        .singleElement()
        .satisfies(
            issue -> {
              assertThat(issue.code()).isEqualTo("constraint.Size");
              assertThat(issue.pointer()).isEqualTo("/records/0/comment");
              assertThat(issue.arguments()).isEqualTo(Map.of("min", "0", "max", "1000"));
            });
    assertThat(report.toJson()).doesNotContain("迟到");
  }

  @Test
  void anIdIsAnIdentifierAndUsedOnce() throws IOException {
    ValidationReport report =
        evaluations(
            identified("\"EV-1\"", EVALUATION),
            identified("\"EV 1\"", EVALUATION),
            identified("\"EV-1\"", with("rating", "4")),
            EVALUATION);
    assertThat(report.issues())
        .extracting(ValidationIssue::code, ValidationIssue::pointer, ValidationIssue::recordIndex)
        .containsExactly(
            tuple("value.evaluationId.pattern", "/records/1/id", OptionalLong.of(1)),
            tuple("record.id.duplicate", "/records/2/id", OptionalLong.of(2)));
    assertThat(report.issues().get(1).arguments()).containsEntry("firstRecord", "0");
  }

  @Test
  void evaluationsWithoutAnIdAreNotComparedWithEachOther() throws IOException {
    assertThat(evaluations(EVALUATION, EVALUATION).issues()).isEmpty();
  }

  @Test
  void anNdjsonDocumentIsCheckedAlike() throws IOException {
    ValidationReport report =
        Documents.VALIDATOR.validate(
            new StringReader(
                Documents.ndjson(
                    "EVALUATIONS",
                    identified("\"EV-1\"", EVALUATION),
                    identified("\"EV-1\"", EVALUATION))));
    assertThat(report.issues())
        .extracting(ValidationIssue::code, ValidationIssue::pointer, ValidationIssue::line)
        .containsExactly(tuple("record.id.duplicate", "/id", OptionalLong.of(3)));
  }
}
