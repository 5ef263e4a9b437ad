package org.communitygov.api.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.communitygov.api.exchange.ExchangeFormat;
import org.communitygov.api.exchange.ExchangeValidator;
import org.communitygov.api.exchange.ValidationReport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks reports against their published schema, {@code docs/schema/validation-report.schema.json},
 * with networknt: the golden reports of the invalid examples and reports of every shape the
 * validator makes (valid, capped, NDJSON with lines, no header, empty input).
 */
class ReportSchemaTest {
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final JsonSchema SCHEMA = load();

  static JsonSchema load() {
    try (InputStream in =
        Files.newInputStream(SchemaGeneration.DIRECTORY.resolve("validation-report.schema.json"))) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Set<ValidationMessage> problems(String report) throws IOException {
    return SCHEMA.validate(JSON.readTree(report));
  }

  static Stream<Path> goldenReports() throws IOException {
    try (Stream<Path> files = Files.list(SchemaAndValidatorAgreeTest.EXAMPLES.resolve("invalid"))) {
      return files.filter(f -> f.toString().endsWith(".expected.json")).sorted().toList().stream();
    }
  }

  static final String HEADER =
      "\"$schema\":\"https://communitygov.org/schema/exchange/1.0/persons.schema.json\","
          + "\"kind\":\"PERSONS\",\"version\":\"1.0\",\"issuer\":{\"name\":\"和平里社区居委会\"},"
          + "\"issuedAt\":\"2026-11-20T09:30:00+08:00\"";

  static final String BAD_PERSON =
      "{\"id\":\"P1\",\"name\":\"王秀英\",\"citizenId\":\"500103194103150221\","
          + "\"birthDate\":\"1941-02-30\",\"sex\":\"F\",\"hukou\":\"LOCAL\",\"extra\":1}";

  static ValidationReport validate(ExchangeValidator validator, String document)
      throws IOException {
    return validator.validate(new StringReader(document));
  }

  @ParameterizedTest
  @MethodSource("goldenReports")
  void everyGoldenReportConforms(Path report) throws IOException {
    JsonNode golden = JSON.readTree(report.toFile());
    assertThat(SCHEMA.validate(golden)).as(report.toString()).isEmpty();
  }

  @Nested
  class TheReportsTheValidatorWrites {
    final ExchangeValidator validator = ExchangeValidator.builder().build();

    @Test
    void conformWhenValid() throws IOException {
      ValidationReport report =
          validator.validate(
              SchemaAndValidatorAgreeTest.EXAMPLES.resolve("hepingli-households.json"));
      assertThat(report.isValid()).isTrue();
      assertThat(problems(report.toJson())).isEmpty();
    }

    @Test
    void conformWhenCapped() throws IOException {
      ExchangeValidator capped = ExchangeValidator.builder().maxIssues(1).build();
      ValidationReport report =
          validate(capped, "{" + HEADER + ",\"records\":[" + BAD_PERSON + "]}");
      assertThat(report.omittedIssues()).isPositive();
      assertThat(problems(report.toJson())).isEmpty();
    }

    @Test
    void conformForNdjsonWithLines() throws IOException {
      ExchangeValidator ndjson = ExchangeValidator.builder().format(ExchangeFormat.NDJSON).build();
      ValidationReport report =
          validate(ndjson, "{" + HEADER + "}\n" + BAD_PERSON + "\nnot json\n" + BAD_PERSON + "\n");
      assertThat(report.issues()).anySatisfy(i -> assertThat(i.line()).isPresent());
      assertThat(problems(report.toJson())).isEmpty();
    }

    @Test
    void conformWithoutAHeader() throws IOException {
      ValidationReport report = validate(validator, "{\"records\":[{}]}");
      assertThat(report.header()).isEmpty();
      assertThat(problems(report.toJson())).isEmpty();
    }

    @Test
    void conformForAnEmptyInput() throws IOException {
      assertThat(problems(validate(validator, "").toJson())).isEmpty();
    }
  }

  @Nested
  class TheSchema {
    @Test
    void rejectsAReportWithAnUnknownSeverity() throws IOException {
      String report =
          validate(validator(), "{" + HEADER + ",\"records\":[" + BAD_PERSON + "]}")
              .toJson()
              .replaceFirst("\"severity\" : \"ERROR\"", "\"severity\" : \"FATAL\"");
      assertThat(problems(report)).isNotEmpty();
    }

    ExchangeValidator validator() {
      return ExchangeValidator.builder().build();
    }
  }
}
