package org.communitygov.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.communitygov.api.cli.Cli.Run;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ParametersCommandTest {
  @Nested
  class EveryValue {
    @Test
    void isListedWithReferenceAndConfidenceInEnglish() {
      Run run = Cli.run("parameters", "--lang", "en");

      assertThat(run.exitCode()).isZero();
      assertThat(run.out())
          .contains("mlg.standard.urban  urban MLG standard (CNY/person/month)")
          .contains(
              "  500000 Chongqing, from 2023-09-01: 735.00 [confirmed] Chongqing adjustment of MLG"
                  + " standards (district civil-affairs bureau notice) cqcs.gov.cn")
          .contains("  500000 Chongqing, from 2022-07-01: 717.00 [unconfirmed]")
          .contains("  370100 Jinan, from 2021-01-01: 740.00 [partly confirmed]")
          .contains("priority.veryElderlyAge")
          .contains("elderAbility.gbt42195.stacking");
    }

    @Test
    void isListedInChinese() {
      Run run = Cli.run("parameters", "--lang", "zh-CN", "--id", "mlg.standard.urban");

      assertThat(run.out())
          .startsWith("mlg.standard.urban  城市低保标准 (CNY/person/month)")
          .contains("  500000 重庆市, 2023-09-01起: 735.00 [已确认] 《重庆市城乡低保标准调整（区民政局公告）》")
          .contains("  110000 北京市, 2022-03-01起: 1245.00 [已确认]")
          .doesNotContain("mlg.standard.rural");
    }
  }

  @Nested
  class APlaceAndADate {
    @Test
    void giveTheValueARuleWouldUseFallingBackToParents() {
      Run run =
          Cli.run(
              "parameters",
              "--lang",
              "en",
              "--jurisdiction",
              "500103",
              "--date",
              "2023-08-31",
              "--id",
              "mlg.");

      assertThat(run.out())
          .contains("  500000 Chongqing, from 2022-07-01: 717.00 [unconfirmed]")
          .contains("  national, from 2021-01-01: 1.5 [partly confirmed]")
          .doesNotContain("735.00")
          .doesNotContain("Beijing");
    }

    @Test
    void sayWhenNoValueApplies() {
      Run en =
          Cli.run(
              "parameters",
              "--lang",
              "en",
              "--jurisdiction",
              "310000",
              "--date",
              "2024-01-01",
              "--id",
              "mlg.standard.urban");
      Run zh =
          Cli.run(
              "parameters",
              "--lang",
              "zh-CN",
              "--jurisdiction",
              "310000",
              "--id",
              "mlg.standard.urban");

      assertThat(en.out()).endsWith("  no value" + System.lineSeparator());
      assertThat(zh.out()).contains("  无取值");
    }

    @Test
    void aDateAloneGivesTheValueInForceInEachPlace() {
      Run run =
          Cli.run(
              "parameters", "--lang", "en", "--date", "2023-09-01", "--id", "mlg.standard.urban");

      assertThat(run.out())
          .contains("500000 Chongqing, from 2023-09-01: 735.00")
          .contains("110000 Beijing, from 2022-03-01: 1245.00")
          .doesNotContain("717.00");
    }
  }

  @Test
  void aParameterFileAddsItsValues() {
    Run run =
        Cli.run(
            "parameters",
            "--lang",
            "en",
            "--id",
            "mlg.standard.urban",
            "--parameters",
            EvaluateCommandTest.CHONGQING_2027);

    assertThat(run.out()).contains("500000 Chongqing, from 2027-01-01: 780.00 [confirmed]");
  }

  @Test
  void jsonListsValuesWithTheirReferences() throws IOException {
    Run run = Cli.run("parameters", "--format", "json", "--id", "extremePoverty.minorAgeLimit");

    JsonNode json = ValidateCommandTest.JSON.readTree(run.out());
    assertThat(json).hasSize(1);
    JsonNode values = json.get(0).path("values");
    assertThat(values).hasSize(2);
    assertThat(values.get(0).path("value").asText()).isEqualTo("16");
    assertThat(values.get(0).path("confidence").asText()).isEqualTo("CONFIRMED");
    assertThat(values.get(1).path("value").asText()).isEqualTo("18");
    assertThat(values.get(1).path("confidence").asText()).isEqualTo("UNCONFIRMED");
    assertThat(values.get(1).path("reference").path("document").path("zh").asText())
        .isEqualTo("特困人员认定办法（民发〔2021〕43号）");
  }

  @Test
  void aBadJurisdictionIsAUsageError() {
    Run run = Cli.run("parameters", "--jurisdiction", "abc");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_CHECKED);
    assertThat(run.err()).contains("--jurisdiction must be");
    ValidateCommandTest.assertNoStackTrace(run);
  }
}
