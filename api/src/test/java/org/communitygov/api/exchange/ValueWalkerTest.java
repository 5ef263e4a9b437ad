package org.communitygov.api.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Problems inside nested values (a period, an amount of money, an enum): each its own code. */
class ValueWalkerTest {
  static final String HOUSEHOLD =
      RecordProblemsTest.household(
          RecordProblemsTest.MEMBER_A.formatted("500103194103150222"),
          "{\"person\":\"A\",\"role\":\"HEAD\",\"period\":PERIOD}");
  static final String WITH_INCOME =
      HOUSEHOLD
          .replace("PERIOD", "{\"start\":\"1985-05-01\"}")
          .replace(
              "]}",
              "],\"income\":[{\"person\":\"A\",\"type\":\"WAGES\",\"amount\":MONEY,"
                  + "\"period\":{\"start\":\"2025-01-01\",\"endExclusive\":\"2026-01-01\"}}]}");

  static ValidationReport withPeriod(String period, ValidationMode mode) throws IOException {
    return ExchangeValidator.builder()
        .mode(mode)
        .build()
        .validate(
            new StringReader(
                Documents.envelope("HOUSEHOLDS", HOUSEHOLD.replace("PERIOD", period))));
  }

  static ValidationReport withMoney(String money) throws IOException {
    return Documents.validate(
        Documents.envelope("HOUSEHOLDS", WITH_INCOME.replace("MONEY", money)));
  }

  @Test
  void theDocumentsAreValidAsWritten() throws IOException {
    assertThat(withPeriod("{\"start\":\"1985-05-01\"}", ValidationMode.STRICT).issues()).isEmpty();
    assertThat(withMoney("{\"amount\":\"1.00\",\"currency\":\"CNY\"}").issues()).isEmpty();
  }

  @Nested
  class InAPeriod {
    static final String AT = "/records/0/memberships/0/period";

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "{}|record.property.required|/start",
          "{\"endExclusive\":\"2020-01-01\"}|record.property.required|/start",
          "{\"start\":null}|record.property.required|/start",
          "{\"start\":19850501}|record.value.type|/start",
          "{\"start\":[1985,5,1]}|record.value.type|/start",
          "{\"start\":\"1985-05-01T00:00:00Z\"}|record.value.format|/start",
          "{\"start\":\"1985-05-01\",\"endExclusive\":\"1985-05-01T00:00:00\"}|record.value.format|/endExclusive",
          "{\"start\":\"1985-05-01\",\"endExclusive\":true}|record.value.type|/endExclusive",
          "{\"start\":\"1985-05-01\",\"endExclusive\":\"1985-04-01\"}|value.endExclusive.afterStart|",
          "\"1985-05-01/..\"|record.value.type|"
        })
    void eachProblemHasItsCodeAndPointer(String period, String code, String pointer)
        throws IOException {
      assertThat(withPeriod(period, ValidationMode.STRICT).issues())
          .extracting(ValidationIssue::code, ValidationIssue::pointer)
          .containsExactly(tuple(code, AT + (pointer == null ? "" : pointer)));
    }

    @Test
    void anUnknownMemberIsAnErrorInStrictModeAndAWarningInLenientMode() throws IOException {
      String period = "{\"start\":\"1985-05-01\",\"note\":\"x\"}";
      assertThat(withPeriod(period, ValidationMode.STRICT).issues())
          .extracting(ValidationIssue::code, ValidationIssue::pointer, ValidationIssue::severity)
          .containsExactly(tuple("record.property.unknown", AT + "/note", Severity.ERROR));
      ValidationReport lenient = withPeriod(period, ValidationMode.LENIENT);
      assertThat(lenient.issues())
          .extracting(ValidationIssue::code, ValidationIssue::pointer, ValidationIssue::severity)
          .containsExactly(tuple("record.property.unknown", AT + "/note", Severity.WARNING));
      assertThat(lenient.isValid()).isTrue();
    }

    @Test
    void anUnknownMemberIsAWarningInANewerMinorVersion() throws IOException {
      String document =
          "{"
              + Documents.header("HOUSEHOLDS", "1.1")
              + ",\"records\":["
              + HOUSEHOLD.replace("PERIOD", "{\"start\":\"1985-05-01\",\"note\":\"x\"}")
              + "]}";
      assertThat(Documents.validate(document).issues())
          .extracting(ValidationIssue::code, ValidationIssue::severity)
          .contains(tuple("record.property.unknown", Severity.WARNING))
          .doesNotContain(tuple("record.property.unknown", Severity.ERROR));
    }
  }

  @Nested
  class InAnAmountOfMoney {
    static final String AT = "/records/0/income/0/amount";

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "{\"amount\":\"1.00\"}|record.property.required|/currency",
          "{\"currency\":\"CNY\"}|record.property.required|/amount",
          "{\"amount\":1.00,\"currency\":\"CNY\"}|record.value.type|/amount",
          "{\"amount\":\"1.00\",\"currency\":5}|record.value.type|/currency",
          "{\"amount\":\"1.00\",\"currency\":\"CNY\",\"x\":1}|record.property.unknown|/x",
          "{\"amount\":\"1e3\",\"currency\":\"CNY\"}|value.money.format|",
          "{\"amount\":\"1.001\",\"currency\":\"CNY\"}|value.money.scale|",
          "\"1.00 CNY\"|record.value.type|"
        })
    void eachProblemHasItsCodeAndPointer(String money, String code, String pointer)
        throws IOException {
      assertThat(withMoney(money).issues())
          .extracting(ValidationIssue::code, ValidationIssue::pointer)
          .containsExactly(tuple(code, AT + (pointer == null ? "" : pointer)));
    }

    @Test
    void twoProblemsAreTwoIssues() throws IOException {
      assertThat(withMoney("{\"amount\":1,\"currency\":null,\"x\":1}").issues())
          .extracting(ValidationIssue::code, ValidationIssue::pointer)
          .containsExactlyInAnyOrder(
              tuple("record.property.unknown", AT + "/x"),
              tuple("record.value.type", AT + "/amount"),
              tuple("record.property.required", AT + "/currency"));
    }
  }

  @Nested
  class InAnEnum {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "\"role\":\"HEAD\"|\"role\":1|/records/0/memberships/0/role",
          "\"sex\":\"FEMALE\"|\"sex\":true|/records/0/members/0/sex",
          "\"kind\":\"REGISTERED\"|\"kind\":[\"REGISTERED\"]|/records/0/kind"
        })
    void anotherJsonKindIsValueTypeExpectingAString(String from, String to, String pointer)
        throws IOException {
      String household =
          HOUSEHOLD.replace("PERIOD", "{\"start\":\"1985-05-01\"}").replace(from, to);
      ValidationReport report = Documents.validate(Documents.envelope("HOUSEHOLDS", household));
      assertThat(report.issues())
          .extracting(
              ValidationIssue::code, ValidationIssue::pointer, i -> i.arguments().get("expected"))
          .containsExactly(tuple("record.value.type", pointer, "string"));
    }
  }

  @Nested
  class NeverTheCatchAll {
    @Test
    void recordValueInvalidDoesNotOccurForAnyOfTheseProblems() throws IOException {
      for (String period :
          new String[] {"{}", "{\"start\":{}}", "{\"start\":\"x\",\"y\":[]}", "[]", "1"}) {
        assertThat(Documents.codes(withPeriod(period, ValidationMode.STRICT)))
            .as(period)
            .isNotEmpty()
            .doesNotContain("record.value.invalid", "record.invalid");
      }
      for (String money : new String[] {"{}", "{\"amount\":{},\"currency\":[]}", "[]", "true"}) {
        assertThat(Documents.codes(withMoney(money)))
            .as(money)
            .isNotEmpty()
            .doesNotContain("record.value.invalid", "record.invalid");
      }
    }
  }
}
