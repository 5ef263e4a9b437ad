package org.communitygov.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import org.communitygov.api.cli.Cli.Run;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidateCommandTest {
  static final JsonMapper JSON = JsonMapper.builder().build();

  static void assertNoStackTrace(Run run) {
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Nested
  class AValidDocument {
    @Test
    void exitsWithZeroAndReportsNoErrors() {
      Run run = Cli.run("validate", "--lang", "en", Cli.HOUSEHOLDS);
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).startsWith("Valid:").contains("0 errors");
      assertThat(run.err()).isEmpty();
    }

    @Test
    void isReadFromStandardInputForADash() throws IOException {
      byte[] document = Files.readAllBytes(Path.of(Cli.COMMUNITY));
      Run run = Cli.runWithStdin(document, "validate", "--lang", "en", "-");
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).contains("0 errors");
    }

    @Test
    void isReportedUnderItsNameAmongSeveral() {
      Run run = Cli.run("validate", "--lang", "en", Cli.HOUSEHOLDS, Cli.COMMUNITY);
      assertThat(run.exitCode()).isZero();
      assertThat(run.out())
          .contains("==> " + Cli.HOUSEHOLDS + " <==")
          .contains("==> " + Cli.COMMUNITY + " <==");
    }
  }

  @Nested
  class AnInputThatOnceMadeTheValidatorThrow {
    @ParameterizedTest
    @CsvSource({
      "exponent-in-record.json, json.limit.exponent",
      "exponent-in-envelope-header.json, json.limit.exponent",
      "exponent-in-ndjson-header.ndjson, json.limit.exponent",
      "cut-inside-utf8-sequence.json, json.encoding",
      "date-as-array.json, record.value.type",
      "money-without-currency.json, record.property.required"
    })
    void exitsWithOneAndNamesTheCode(String file, String code) throws IOException {
      byte[] input = Files.readAllBytes(Path.of("src/test/resources/fuzz/corpus", file));
      Run run = Cli.runWithStdin(input, "validate", "--lang", "en", "-");
      assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
      assertThat(run.out()).contains(code);
      assertNoStackTrace(run);
    }
  }

  @Nested
  class AnInvalidDocument {
    @Test
    void exitsWithOneAndListsTheCodes() {
      Run run = Cli.run("validate", "--lang", "en", Cli.THREE_PROBLEMS);
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out()).startsWith("Not valid:").contains("ERROR ").contains("/records/0");
    }

    @Test
    void makesTheWorstExitCodeAmongSeveral() {
      Run run = Cli.run("validate", Cli.HOUSEHOLDS, Cli.THREE_PROBLEMS);
      assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void isListedUpToMaxIssuesWithTheRestCounted() throws IOException {
      Run run = Cli.run("validate", "--format", "json", "--max-issues", "1", Cli.THREE_PROBLEMS);
      JsonNode report = JSON.readTree(run.out());
      assertThat(report.get("issues")).hasSize(1);
      assertThat(report.get("omittedIssues").asLong()).isPositive();
      assertThat(report.get("maxIssues").asInt()).isEqualTo(1);
    }
  }

  @Nested
  class AnUnreadableInput {
    @Test
    void exitsWithTwoAndOneLineWithoutStackTrace() {
      Run run = Cli.run("validate", "--lang", "en", "../docs/x.json");
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).isEqualTo("communitygov: cannot read ../docs/x.json: no such file\n");
      assertThat(run.out()).isEmpty();
    }

    @Test
    void isToldInChineseWhenAskedFor() {
      Run run = Cli.run("validate", "--lang", "zh-CN", "../docs/x.json");
      assertThat(run.err()).isEqualTo("communitygov: 无法读取 ../docs/x.json：文件不存在\n");
    }

    @Test
    void isADirectoryToo() {
      Run run = Cli.run("validate", "--lang", "en", "../docs");
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("is a directory");
      assertNoStackTrace(run);
    }

    @Test
    void isAFileWithoutReadPermission(@TempDir Path dir) throws IOException {
      Path file = Files.writeString(dir.resolve("secret.json"), "{}");
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
      Assumptions.assumeFalse(Files.isReadable(file), "running as root");
      Run run = Cli.run("validate", "--lang", "en", file.toString());
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err())
          .isEqualTo("communitygov: cannot read " + file + ": permission denied\n");
    }

    @Test
    void doesNotStopTheOthers() {
      Run run = Cli.run("validate", "--lang", "en", "missing.json", Cli.HOUSEHOLDS);
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.out()).contains("==> " + Cli.HOUSEHOLDS + " <==").contains("0 errors");
    }
  }

  @Nested
  class AHostileInput {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "empty, '', json.empty",
      "not JSON, 'no JSON here', json.syntax",
      "truncated, '{\"kind\":\"PERS', json.truncated",
      "trailing garbage, '{} garbage', json.trailing",
      "wrong root type, '[1, 2]', envelope.value.type",
      "duplicate keys, '{\"kind\":\"PERSONS\",\"kind\":\"PERSONS\"}', json.key.duplicate",
    })
    void exitsWithOneAndNamesItsCode(String name, String input, String code) {
      Run run = Cli.runWithStdin(Cli.utf8(input), "validate", "--lang", "en", "-");
      assertThat(run.exitCode()).as(name).isEqualTo(1);
      assertThat(run.out()).as(name).startsWith("Not valid:").contains("ERROR " + code + " ");
      assertThat(run.err()).as(name).isEmpty();
    }

    @Test
    void exitsWithOneForInvalidUtf8AndAByteOrderMark() {
      byte[] badUtf8 = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};
      Run bad = Cli.runWithStdin(badUtf8, "validate", "--lang", "en", "-");
      assertThat(bad.exitCode()).isEqualTo(1);
      assertThat(bad.out()).contains("ERROR json.encoding ");
      byte[] bom = Cli.utf8("\uFEFF{}");
      Run withBom = Cli.runWithStdin(bom, "validate", "--lang", "en", "-");
      assertThat(withBom.exitCode()).isEqualTo(1);
      assertThat(withBom.out()).contains("ERROR json.bom ");
      assertNoStackTrace(bad);
      assertNoStackTrace(withBom);
    }
  }

  @Nested
  class TheJsonFormat {
    @Test
    void printsTheReportAsJson() throws IOException {
      Run run = Cli.run("validate", "--format", "json", Cli.HOUSEHOLDS);
      JsonNode report = JSON.readTree(run.out());
      assertThat(report.get("valid").asBoolean()).isTrue();
      assertThat(report.get("issues")).isEmpty();
    }

    @Test
    void printsAnArrayForSeveralInputs() throws IOException {
      Run run = Cli.run("validate", "--format", "json", Cli.HOUSEHOLDS, "missing.json");
      JsonNode results = JSON.readTree(run.out());
      assertThat(results).hasSize(2);
      assertThat(results.get(0).get("input").asText()).isEqualTo(Cli.HOUSEHOLDS);
      assertThat(results.get(0).get("report").get("valid").asBoolean()).isTrue();
      assertThat(results.get(1).get("error").asText()).contains("no such file");
    }
  }

  @Nested
  class TheLanguage {
    @Test
    void changesTheText() {
      Run english = Cli.run("validate", "--lang", "en", Cli.HOUSEHOLDS);
      Run chinese = Cli.run("validate", "--lang", "zh-CN", Cli.HOUSEHOLDS);
      assertThat(english.out()).startsWith("Valid:");
      assertThat(chinese.out()).startsWith("有效：");
    }

    @Test
    void followsTheDefaultLocale() {
      assertThat(Cli.runInLocale(Locale.CHINA, "validate", Cli.HOUSEHOLDS).out()).startsWith("有效");
      assertThat(Cli.runInLocale(Locale.US, "validate", Cli.HOUSEHOLDS).out()).startsWith("Valid");
    }
  }

  @Nested
  class Progress {
    @Test
    void isShownOnStandardErrorWhenAskedFor() {
      Run run = Cli.run("validate", "--progress", Cli.HOUSEHOLDS);
      assertThat(run.exitCode()).isZero();
      assertThat(run.err())
          .contains("communitygov: " + Cli.HOUSEHOLDS + ": ")
          .contains(" records, ")
          .containsPattern(" of [0-9.]+ MB \\(100%\\), ")
          .contains(" MB/s");
    }

    @Test
    void isNotShownOtherwiseOffATerminal() {
      assertThat(Cli.run("validate", Cli.HOUSEHOLDS).err()).isEmpty();
    }
  }

  @Nested
  class Threads {
    @Test
    void giveTheReportOfOneThread(@TempDir Path dir) throws IOException {
      StringBuilder text =
          new StringBuilder(
              "{\"$schema\":\"https://communitygov.org/schema/exchange/1.0/persons.schema.json\","
                  + "\"kind\":\"PERSONS\",\"version\":\"1.0\","
                  + "\"issuer\":{\"name\":\"和平里社区居民委员会\"},"
                  + "\"issuedAt\":\"2026-11-20T09:30:00+08:00\"}\n");
      for (int i = 0; i < 3000; i++) {
        String name = i % 7 == 0 ? " " : "王秀英";
        String sex = i % 11 == 0 ? "SOMETIMES" : "FEMALE";
        text.append("{\"id\":\"P")
            .append(i % 1000)
            .append("\",\"name\":\"")
            .append(name)
            .append("\",\"birthDate\":\"1941-03-15\",\"sex\":\"")
            .append(sex)
            .append("\",\"hukou\":\"LOCAL\"}\n");
      }
      Path file = Files.writeString(dir.resolve("persons.ndjson"), text);
      Run one = Cli.run("validate", "--format", "json", "--max-issues", "50", file.toString());
      Run two =
          Cli.run(
              "validate",
              "--format",
              "json",
              "--max-issues",
              "50",
              "--threads",
              "2",
              file.toString());
      assertThat(one.exitCode()).isEqualTo(ExitCodes.INVALID);
      assertThat(one.out()).contains("\"omittedIssues\"").contains("record.id.duplicate");
      assertThat(two.exitCode()).isEqualTo(ExitCodes.INVALID);
      assertThat(two.out()).isEqualTo(one.out());
      assertThat(two.err()).isEmpty();
    }
  }
}
