package org.communitygov.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.communitygov.api.cli.Cli.Run;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvaluateCommandTest {
  static final String EVALUATE = Cli.EXAMPLES + "evaluate/";
  static final String CHEN = EVALUATE + "mlg-chen.json";
  static final String WANG = EVALUATE + "priority-wang.json";
  static final String CHONGQING_2027 = EVALUATE + "chongqing-2027.json";

  static Run evaluate(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "evaluate";
    System.arraycopy(args, 0, all, 1, args.length);
    return Cli.run(all);
  }

  @Nested
  class ADecision {
    @Test
    void isExplainedInChineseWithIncomeMasked() {
      Run run =
          evaluate(
              "mlg", "--date", "2026-12-01", "--jurisdiction", "500103", "--lang", "zh-CN", CHEN);

      assertThat(run.exitCode()).isZero();
      assertThat(run.out())
          .startsWith("符合: 家庭人均收入 *** < 当地低保标准 735.00（重庆市城市, 2023-09-01起")
          .contains("共同生活成员数 = 3")
          .contains("收入类型 = SOCIAL_ASSISTANCE")
          .contains("月低保金 = ***")
          .contains("未确认")
          .doesNotContain("400.00");
      assertThat(run.err()).isEmpty();
    }

    @Test
    void isExplainedInEnglishWithRevealedFigures() {
      Run run =
          evaluate(
              "mlg",
              "--date=2026-12-01",
              "--jurisdiction=500103",
              "--lang=en",
              "--reveal=FINANCIAL",
              CHEN);

      assertThat(run.exitCode()).isZero();
      assertThat(run.out())
          .startsWith(
              "Eligible: per-capita household income 400.00 CNY < local standard 735.00 (Chongqing"
                  + " urban, from 2023-09-01")
          .contains("monthly benefit = 1005.00")
          .contains("source: Interim Measures on Social Assistance art. 9");
    }

    @Test
    void isWrittenAsJsonWithSensitiveFactsMasked() throws IOException {
      Run run =
          evaluate(
              "needs.mlg.eligibility",
              "--date",
              "2026-12-01",
              "--jurisdiction",
              "500103",
              "--format",
              "json",
              CHEN);

      JsonNode json = ValidateCommandTest.JSON.readTree(run.out());
      assertThat(run.exitCode()).isZero();
      assertThat(json.path("rule").asText()).isEqualTo("needs.mlg.eligibility");
      assertThat(json.path("outcome").path("code").asText()).isEqualTo("ELIGIBLE");
      assertThat(json.findValues("value")).extracting(JsonNode::asText).contains("***", "735.00");
      assertThat(json.path("outcome").path("details").path("perCapitaIncome").asText())
          .isEqualTo("***");
      assertThat(json.path("outcome").path("details").path("standard").asText())
          .isEqualTo("735.00");
    }

    @Test
    void namesPriorityGroupsInBothLanguages() {
      Run zh =
          evaluate(
              "priority-groups",
              "--date",
              "2026-12-01",
              "--jurisdiction",
              "500103",
              "--lang",
              "zh-CN",
              WANG);
      Run en =
          evaluate(
              "priority-groups",
              "--date",
              "2026-12-01",
              "--jurisdiction",
              "500103",
              "--lang",
              "en",
              WANG);

      assertThat(zh.out()).startsWith("重点家庭").contains("独居老年人").contains("高龄老年人");
      assertThat(en.out())
          .startsWith("Priority household")
          .contains("Elderly living alone")
          .contains("age 85 ≥ very elderly age 80");
    }
  }

  @Nested
  class AParameterFile {
    @Test
    void changesTheStandardFromItsDateOn() {
      Run before =
          evaluate(
              "mlg",
              "--date",
              "2026-12-31",
              "--jurisdiction",
              "500103",
              "--lang",
              "en",
              "--parameters",
              CHONGQING_2027,
              CHEN);
      Run from =
          evaluate(
              "mlg",
              "--date",
              "2027-01-01",
              "--jurisdiction",
              "500103",
              "--lang",
              "en",
              "--parameters",
              CHONGQING_2027,
              CHEN);

      assertThat(before.out()).contains("local standard 735.00");
      assertThat(from.out()).contains("local standard 780.00 (Chongqing urban, from 2027-01-01");
    }
  }

  @Nested
  class AnUndeterminedDecision {
    @Test
    void namesTheMissingFactsAndExitsWithOne() {
      Run en =
          evaluate(
              "mlg",
              "--date",
              "2026-12-01",
              "--jurisdiction",
              "500103",
              "--lang",
              "en",
              EVALUATE + "missing-area.json");
      Run zh =
          evaluate(
              "mlg",
              "--date",
              "2026-12-01",
              "--jurisdiction",
              "500103",
              "--lang",
              "zh-CN",
              EVALUATE + "missing-area.json");

      assertThat(en.exitCode()).isEqualTo(ExitCodes.UNDETERMINED);
      assertThat(en.out()).startsWith("Undetermined: missing facts area");
      assertThat(zh.out()).startsWith("无法判定: 缺少事实 area");
    }
  }

  @Nested
  class AFailure {
    @Test
    void aMissingParameterNamesItWithoutAStackTrace() {
      Run run = evaluate("mlg", "--date", "2026-12-01", "--jurisdiction", "310101", CHEN);

      assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_CHECKED);
      assertThat(run.out()).isEmpty();
      assertThat(run.err())
          .startsWith("communitygov: cannot evaluate (parameter.missing)")
          .contains("mlg.standard.urban")
          .contains("310101")
          .contains("2026-12-01");
      ValidateCommandTest.assertNoStackTrace(run);
    }

    @Test
    void anInvalidFactIsNamedInChinese() {
      Run run =
          Cli.runWithStdin(
              Cli.utf8("{\"area\": \"SUBURBAN\"}"),
              "evaluate",
              "mlg",
              "--date",
              "2026-12-01",
              "--jurisdiction",
              "500103",
              "--lang",
              "zh-CN",
              "-");

      assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_CHECKED);
      assertThat(run.err()).startsWith("communitygov: 无法评估（area.code）");
      ValidateCommandTest.assertNoStackTrace(run);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1968, 7, 2]", "\"1968-07-02T00:00:00Z\"", "19680702"})
    void aHouseholdDateThatIsNotAnIsoDateStringIsNotEvaluated(String date) throws IOException {
      String facts =
          Files.readString(Path.of(Cli.EXAMPLES, "evaluate", "mlg-chen.json"))
              .replace("\"1968-07-02\"", date);
      Run run =
          Cli.runWithStdin(
              Cli.utf8(facts),
              "evaluate",
              "mlg",
              "--date",
              "2026-12-01",
              "--jurisdiction",
              "500103",
              "--lang",
              "en",
              "-");

      assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_CHECKED);
      assertThat(run.err()).contains("household.json").doesNotContain("1968");
      ValidateCommandTest.assertNoStackTrace(run);
    }

    @Test
    void aBirthDateFactThatIsNotAnIsoDateStringIsNotEvaluated() throws IOException {
      String facts =
          Files.readString(Path.of(Cli.EXAMPLES, "evaluate", "extreme-poverty-wang.json"))
              .replace("\"1941-03-08\"", "\"+10000-03-08\"");
      Run run =
          Cli.runWithStdin(
              Cli.utf8(facts),
              "evaluate",
              "extreme-poverty",
              "--date",
              "2026-12-01",
              "--jurisdiction",
              "500103",
              "--lang",
              "en",
              "-");

      assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_CHECKED);
      assertThat(run.err()).contains("birthDate.date");
    }

    @Test
    void inputThatIsNotAnObjectOfFactsIsRejected() {
      Run run =
          Cli.runWithStdin(
              Cli.utf8("[1, 2]"),
              "evaluate",
              "mlg",
              "--date",
              "2026-12-01",
              "--jurisdiction",
              "500103",
              "--lang",
              "en",
              "-");

      assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_CHECKED);
      assertThat(run.err())
          .isEqualToIgnoringNewLines("communitygov: cannot read -: not a JSON object of facts");
    }

    @Test
    void aMissingFileIsOneLine() {
      Run run =
          evaluate(
              "mlg",
              "--date",
              "2026-12-01",
              "--jurisdiction",
              "500103",
              "--lang",
              "zh-CN",
              "no-such.json");

      assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_CHECKED);
      assertThat(run.err()).isEqualToIgnoringNewLines("communitygov: 无法读取 no-such.json：文件不存在");
    }

    @Test
    void anUnknownRuleIsAUsageErrorListingTheRules() {
      Run run = evaluate("pension", "--date", "2026-12-01", "--jurisdiction", "500103", CHEN);

      assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_CHECKED);
      assertThat(run.err())
          .startsWith("communitygov: unknown rule 'pension'; rules: mlg, near-mlg")
          .contains("Usage: communitygov evaluate");
    }

    @Test
    void aBadDateOrJurisdictionIsAUsageError() {
      Run date = evaluate("mlg", "--date", "2026-13-01", "--jurisdiction", "500103", CHEN);
      Run place = evaluate("mlg", "--date", "2026-12-01", "--jurisdiction", "Chongqing", CHEN);
      Run none = evaluate("mlg", "--jurisdiction", "500103", CHEN);

      assertThat(date.exitCode()).isEqualTo(ExitCodes.NOT_CHECKED);
      assertThat(date.err()).contains("--date must be an ISO date");
      assertThat(place.err()).contains("--jurisdiction must be 'national' or a 6, 9 or 12-digit");
      assertThat(none.err()).contains("Missing required option: '--date=DATE'");
    }
  }

  @Nested
  class PersonalData {
    static final String CITIZEN_SHAPED = "500103196807020310";
    static final String PHONE_SHAPED = "13800138000";

    Run evaluateStdin(String facts, String... more) {
      String[] args = new String[8 + more.length];
      String[] fixed = {
        "evaluate", "mlg", "--date", "2026-12-01", "--jurisdiction", "500103", "--lang", "en"
      };
      System.arraycopy(fixed, 0, args, 0, fixed.length);
      System.arraycopy(more, 0, args, fixed.length, more.length);
      String[] all = java.util.Arrays.copyOf(args, args.length + 1);
      all[args.length] = "-";
      return Cli.runWithStdin(Cli.utf8(facts), all);
    }

    @Test
    void aNumberTheParserCannotReadIsOneLineWithoutTheValue() {
      Run run = evaluateStdin("{\"area\": 5001031968070203101e2147483648}");

      assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_CHECKED);
      assertThat(run.err())
          .isEqualTo("communitygov: cannot read -: holds a number that cannot be read\n");
    }

    @Test
    void aHouseholdGivenAsTextWithSuchANumberIsRejectedWithoutTheValue() {
      Run run = evaluateStdin("{\"household\": \"{\\\"id\\\": 5001031968070203101e2147483648}\"}");

      assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_CHECKED);
      assertThat(run.err())
          .startsWith("communitygov: cannot evaluate (household.json)")
          .doesNotContain("5001031968")
          .doesNotContain("Exception");
      ValidateCommandTest.assertNoStackTrace(run);
    }

    @Test
    void anUnknownFactNamedLikeACitizenIdIsMasked() {
      Run run = evaluateStdin("{\"" + CITIZEN_SHAPED + "\": \"1\"}");

      assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_CHECKED);
      assertThat(run.err())
          .startsWith("communitygov: cannot evaluate (500103********0310.unknown)")
          .doesNotContain(CITIZEN_SHAPED);
    }

    @Test
    void personIdsShapedLikeCitizenIdsOrPhoneNumbersAreMaskedInTheExplanation() throws IOException {
      String facts =
          java.nio.file.Files.readString(java.nio.file.Path.of(CHEN))
              .replace("P0002", CITIZEN_SHAPED)
              .replace("P0003", PHONE_SHAPED);
      Run text = evaluateStdin(facts);
      Run json = evaluateStdin(facts, "--format", "json");

      assertThat(text.exitCode()).isZero();
      assertThat(text.out())
          .contains("applicant (head) = 500103********0310")
          .contains("spouse = 138****8000")
          .doesNotContain(CITIZEN_SHAPED)
          .doesNotContain(PHONE_SHAPED);
      assertThat(json.exitCode()).isZero();
      assertThat(json.out())
          .contains("500103********0310")
          .doesNotContain(CITIZEN_SHAPED)
          .doesNotContain(PHONE_SHAPED);
    }
  }
}
