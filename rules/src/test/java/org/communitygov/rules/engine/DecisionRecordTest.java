package org.communitygov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.communitygov.model.common.CommunityGovException;
import org.communitygov.model.common.DivisionCode;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DecisionRecordTest {
  static final IncomeTestRule RULE = new IncomeTestRule();
  static final RuleContext CONTEXT =
      RuleContext.of(
          ParameterSet.defaults(),
          Jurisdiction.of(DivisionCode.parse("500103")),
          LocalDate.of(2024, 3, 1));
  static final Optional<BigDecimal> INCOME = Optional.of(new BigDecimal("812.00"));

  static DecisionRecord record() {
    return DecisionRecord.of(RULE, INCOME, CONTEXT, RULE.evaluate(INCOME, CONTEXT));
  }

  @Nested
  class Making {
    @Test
    void carriesVersionsDateJurisdictionInputsOutcomeAndFingerprint() {
      DecisionRecord r = record();
      assertThat(r.libraryVersion()).isNotBlank().isNotEqualTo("unknown");
      assertThat(r.ruleId()).isEqualTo("test.incomeBelowStandard");
      assertThat(r.ruleSetVersion()).isEqualTo("1");
      assertThat(r.date()).isEqualTo(LocalDate.of(2024, 3, 1));
      assertThat(r.jurisdiction()).hasToString("500103");
      assertThat(r.inputs().text("perCapitaIncome")).contains("812.00");
      assertThat(r.outcomeCode()).contains("NOT_ELIGIBLE");
      assertThat(r.parameters()).singleElement().asString().startsWith("mlg.standard.urban|MONEY|");
      assertThat(r.parametersFingerprint()).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void doesNotShowTheInputsInToString() {
      assertThat(record().toString()).doesNotContain("812.00").doesNotContain("perCapitaIncome");
    }

    @Test
    void showsTheRuleDateAndStatusButNotTheOutcomeCode() {
      assertThat(record().toString())
          .isEqualTo(
              "DecisionRecord{ruleId=test.incomeBelowStandard, ruleSetVersion=1, date=2024-03-01,"
                  + " jurisdiction=500103, status=DETERMINED, outcomeCode=***, outcomeDetails={},"
                  + " parametersFingerprint="
                  + record().parametersFingerprint()
                  + "}");
    }

    @Test
    void rejectsAFingerprintThatDoesNotMatchTheLines() {
      assertThatThrownBy(
              () -> DecisionRecord.builder().from(record()).parametersFingerprint("00").build())
          .isInstanceOf(InvalidValueException.class);
    }
  }

  @Nested
  class Reproducing {
    @Test
    void withTheSameParametersGivesTheSameDecisionExactly() {
      Reproduction<IncomeTestRule.Result> again = record().reproduce(RULE, ParameterSet.defaults());
      assertThat(again.isExact()).isTrue();
      assertThat(again.decision()).isEqualTo(RULE.evaluate(INCOME, CONTEXT));
      assertThat(again.changedParameters()).isEmpty();
    }

    @Test
    void afterAJsonRoundTripGivesTheSameDecisionExactly() {
      DecisionRecord read = DecisionJson.readRecord(DecisionJson.write(record()));
      assertThat(read).isEqualTo(record());
      assertThat(read.reproduce(RULE, ParameterSet.defaults()).isExact()).isTrue();
    }

    @Test
    void detectsAChangedParameter() {
      ParameterSet changed =
          ParameterSet.defaults()
              .withValue(
                  IncomeTestRule.URBAN,
                  Jurisdiction.of(DivisionCode.parse("500000")),
                  DatedValue.of(
                      Money.parse("735.00 CNY"),
                      LocalDate.of(2023, 9, 1),
                      LegalReference.of(LocalizedText.of("更正通知", "corrected notice")),
                      Confidence.CONFIRMED));
      Reproduction<IncomeTestRule.Result> again = record().reproduce(RULE, changed);
      assertThat(again.outcomeMatches()).isTrue();
      assertThat(again.fingerprintMatches()).isFalse();
      assertThat(again.isExact()).isFalse();
      assertThat(again.changedParameters())
          .hasSize(2)
          .anySatisfy(l -> assertThat(l).startsWith("- mlg.standard.urban"))
          .anySatisfy(l -> assertThat(l).startsWith("+ mlg.standard.urban").contains("更正通知"));
    }

    @Test
    void detectsAChangedOutcome() {
      ParameterSet raised =
          ParameterSet.defaults()
              .withValue(
                  IncomeTestRule.URBAN,
                  Jurisdiction.of(DivisionCode.parse("500000")),
                  DatedValue.of(
                      Money.parse("900.00 CNY"),
                      LocalDate.of(2024, 1, 1),
                      IncomeTestRule.ARTICLE_9.reference(),
                      Confidence.CONFIRMED));
      Reproduction<IncomeTestRule.Result> again = record().reproduce(RULE, raised);
      assertThat(again.outcomeMatches()).isFalse();
      assertThat(again.decision().outcomeOrThrow()).isEqualTo(IncomeTestRule.Result.ELIGIBLE);
    }
  }

  @Nested
  class ReadingJson {
    @Test
    void rejectsUnknownProperties() {
      String json = DecisionJson.write(record()).replaceFirst("\\{", "{\"extra\": 1,");
      assertThatThrownBy(() -> DecisionJson.readRecord(json))
          .isInstanceOfSatisfying(
              CommunityGovException.class,
              e -> assertThat(e.code()).isEqualTo("decisionRecord.json"));
    }

    @Test
    void reportsWhereAValueIsWrongButNeverTheValue() {
      String id = "11010519491231002X";
      String json =
          DecisionJson.write(record())
              .replaceFirst("\"date\" : \"[^\"]*\"", "\"date\" : [\"" + id + "\"]");
      assertThatThrownBy(() -> DecisionJson.readRecord(json))
          .isInstanceOfSatisfying(
              CommunityGovException.class,
              e -> {
                assertThat(e.code()).isEqualTo("decisionRecord.json");
                assertThat(e.getMessage()).contains("line ").contains("path /date");
                assertThat(e.getMessage()).doesNotContain("1101").doesNotContainPattern("\\d{5}");
                assertThat(e.getCause()).isNull();
              });
    }

    @Test
    void neverQuotesAnUnparseableValue() {
      String id = "11010519491231002X";
      String json =
          DecisionJson.write(record())
              .replaceFirst("\"date\" : \"[^\"]*\"", "\"date\" : \"" + id + "\"");
      assertThatThrownBy(() -> DecisionJson.readRecord(json))
          .isInstanceOfSatisfying(
              CommunityGovException.class,
              e -> {
                assertThat(e.getMessage()).doesNotContain("1101").doesNotContain("002X");
                assertThat(e.getCause()).isNull();
              });
    }

    @Test
    void neverQuotesAValueInASyntaxError() {
      String json = DecisionJson.write(record()).replaceFirst("\\{", "{ 11010519491231002X");
      assertThatThrownBy(() -> DecisionJson.readRecord(json))
          .isInstanceOfSatisfying(
              CommunityGovException.class,
              e -> {
                assertThat(e.getMessage()).contains("line 1, column").doesNotContain("1101");
                assertThat(e.getCause()).isNull();
              });
    }

    @Test
    void neverQuotesAnUnknownKeyThatIsNotAName() {
      String json = DecisionJson.write(record()).replaceFirst("\\{", "{\"11010519491231002X\": 1,");
      assertThatThrownBy(() -> DecisionJson.readRecord(json))
          .isInstanceOfSatisfying(
              CommunityGovException.class,
              e -> assertThat(e.getMessage()).contains("path /*").doesNotContain("1101"));
    }
  }
}
