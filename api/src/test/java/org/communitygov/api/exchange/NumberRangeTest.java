package org.communitygov.api.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.communitygov.api.exchange.Documents.header;

import java.io.IOException;
import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberRangeTest {
  static final String[] HUGE = {"1e2147483648", "1e-2147483648", "-1E+2147483648", "1e10000"};

  static Stream<Arguments> placesOfANumber() {
    return Stream.of(HUGE)
        .flatMap(
            n ->
                Stream.of(
                    Arguments.of(
                        "envelope header",
                        "{" + header("PERSONS") + ",\"x\":" + n + ",\"records\":[]}",
                        -1L,
                        "/x"),
                    Arguments.of(
                        "issuer",
                        Documents.persons()
                            .replace("\"name\":\"和平里社区居民委员会\"", "\"name\":\"甲\",\"x\":[" + n + "]"),
                        -1L,
                        "/issuer/x/0"),
                    Arguments.of(
                        "NDJSON header",
                        "{" + header("PERSONS") + ",\"x\":" + n + "}\n" + Documents.PERSON + "\n",
                        -1L,
                        "/x"),
                    Arguments.of(
                        "record",
                        Documents.persons(Documents.PERSON.replace("\"FEMALE\"", n)),
                        0L,
                        "/records/0/sex"),
                    Arguments.of(
                        "extensions of a record",
                        Documents.persons(
                            Documents.PERSON.replace(
                                "}", ",\"extensions\":{\"cn.gov.x\":{\"a\":[" + n + "]}}}")),
                        0L,
                        "/records/0/extensions/cn.gov.x/a/0"),
                    Arguments.of(
                        "NDJSON record",
                        Documents.ndjson("PERSONS", Documents.PERSON.replace("\"FEMALE\"", n)),
                        0L,
                        "/sex")));
  }

  @Nested
  class ANumberWithAnExponentBeyondTheLimit {
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("org.communitygov.api.exchange.NumberRangeTest#placesOfANumber")
    void isJsonLimitExponentAtItsPointer(String place, String document, long record, String pointer)
        throws IOException {
      ValidationReport report = Documents.validate(document);
      assertThat(report.isValid()).isFalse();
      assertThat(report.issues())
          .extracting(
              ValidationIssue::code, ValidationIssue::pointer, i -> i.recordIndex().orElse(-1))
          .contains(tuple("json.limit.exponent", pointer, record));
      assertThat(report.issues())
          .filteredOn(i -> i.code().equals("json.limit.exponent"))
          .allSatisfy(
              i -> assertThat(i.arguments()).containsEntry("limit", "" + NumberRange.MAX_EXPONENT));
    }

    @Test
    void skipsOnlyItsRecordInAnEnvelope() throws IOException {
      String bad = Documents.PERSON.replace("\"FEMALE\"", "1e2147483648");
      String alsoBad = Documents.PERSON.replace("\"P1\"", "\"P2\"").replace("FEMALE", "F");
      ValidationReport report =
          Documents.VALIDATOR.validate(new StringReader(Documents.persons(bad, alsoBad)));
      assertThat(report.issues())
          .extracting(ValidationIssue::code, ValidationIssue::pointer)
          .containsExactly(
              tuple("json.limit.exponent", "/records/0/sex"),
              tuple("record.value.enum", "/records/1/sex"));
      assertThat(report.recordsRead()).isEqualTo(2);
    }
  }

  @Nested
  class ANumberWithinTheLimit {
    @ParameterizedTest
    @ValueSource(strings = {"1e9999", "1E-9999", "0.5e3", "12.5", "-0"})
    void isReadAsADecimal(String number) throws IOException {
      String person =
          Documents.PERSON.replace("}", ",\"extensions\":{\"cn.gov.x\":{\"a\":" + number + "}}}");
      assertThat(Documents.validate(Documents.persons(person)).issues()).isEmpty();
    }
  }

  @Nested
  class TheExponentOfANumber {
    @ParameterizedTest
    @ValueSource(
        strings = {"1", "-12.5", "1e9999", "1E+9999", "1e-9999", "1e09999", "1e0000000000009999"})
    void withinTheLimitIsAccepted(String text) {
      assertThat(NumberRange.exponentWithin(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"1e10000", "1E+10000", "1e-10000", "1e2147483648", "1e-99999999999999999999999"})
    void beyondTheLimitIsRefused(String text) {
      assertThat(NumberRange.exponentWithin(text)).isFalse();
    }
  }
}
