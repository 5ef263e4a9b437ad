package org.communitygov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.communitygov.model.common.DivisionCode;
import org.communitygov.model.common.Money;
import org.communitygov.model.common.SensitiveCategory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ExplanationRendererTest {
  /** The 重庆 standard cited by the rule's article, as in the architecture's example. */
  static final ParameterSet CHONGQING =
      ParameterSet.empty()
          .withDefinition(
              ParameterDefinition.of(
                      IncomeTestRule.URBAN,
                      "CNY/person/month",
                      LocalizedText.of("城市低保标准", "urban MLG standard"),
                      LocalizedText.of("城市低保标准", "urban MLG standard"))
                  .withQualifier(LocalizedText.of("城市", "urban")))
          .withPlaceName(
              Jurisdiction.of(DivisionCode.parse("500000")), LocalizedText.of("重庆市", "Chongqing"))
          .withValue(
              IncomeTestRule.URBAN,
              Jurisdiction.of(DivisionCode.parse("500000")),
              DatedValue.of(
                  Money.parse("735.00 CNY"),
                  LocalDate.of(2023, 9, 1),
                  IncomeTestRule.ARTICLE_9.reference(),
                  Confidence.CONFIRMED));

  static Decision<IncomeTestRule.Result> notEligible() {
    return new IncomeTestRule()
        .evaluate(
            Optional.of(new BigDecimal("812.00")),
            RuleContext.of(
                CHONGQING,
                Jurisdiction.of(DivisionCode.parse("500103")),
                LocalDate.of(2024, 3, 1)));
  }

  @Nested
  class TheSummary {
    @Test
    void readsInChinese() {
      assertThat(
              ExplanationRenderer.of(Locale.SIMPLIFIED_CHINESE)
                  .revealing(SensitiveCategory.FINANCIAL)
                  .summary(notEligible()))
          .isEqualTo("不符合: 家庭人均收入 812.00 CNY ≥ 当地低保标准 735.00（重庆市城市, 2023-09-01起, 《社会救助暂行办法》第九条）");
    }

    @Test
    void readsInEnglish() {
      assertThat(
              ExplanationRenderer.of(Locale.ENGLISH)
                  .revealing(SensitiveCategory.FINANCIAL)
                  .summary(notEligible()))
          .isEqualTo(
              "Not eligible: per-capita household income 812.00 CNY ≥ local standard 735.00 (Chongqing"
                  + " urban, from 2023-09-01, Interim Measures on Social Assistance art. 9)");
    }

    @Test
    void masksSensitiveFactsUnlessRevealed() {
      assertThat(ExplanationRenderer.of(Locale.ENGLISH).summary(notEligible()))
          .startsWith("Not eligible: per-capita household income *** ≥")
          .doesNotContain("812");
    }

    @Test
    void namesTheMissingFactsOfAnUndeterminedDecision() {
      Decision<IncomeTestRule.Result> d =
          new IncomeTestRule()
              .evaluate(
                  Optional.empty(),
                  RuleContext.of(CHONGQING, Jurisdiction.national(), LocalDate.of(2024, 1, 1)));
      assertThat(ExplanationRenderer.of(Locale.CHINA).summary(d))
          .isEqualTo("无法判定: 缺少事实 perCapitaIncome");
    }
  }

  @Nested
  class TheOutcomesName {
    /** An outcome whose code, REFUSED, is also an {@code outcome.REFUSED} of a shipped bundle. */
    record Refused(Optional<LocalizedText> displayName) implements Outcome {
      @Override
      public String code() {
        return "REFUSED";
      }
    }

    static String summary(Outcome outcome, Locale locale) {
      Step step = Step.builder("test.refused").fact(Fact.of("reason", "x")).build();
      return ExplanationRenderer.of(locale)
          .summary(Decision.of("test.refusing", outcome, Explanation.of(List.of(step), step)));
    }

    @Test
    void isTheOutcomesOwnNameEvenWhereAnotherRulesBundleUsesTheSameCode() {
      Outcome own = new Refused(Optional.of(LocalizedText.of("不予办理", "Not granted")));
      assertThat(Messages.of(Locale.SIMPLIFIED_CHINESE).find("outcome.REFUSED"))
          .as("a shipped bundle names REFUSED, or this test shows nothing")
          .hasValueSatisfying(name -> assertThat(name).isNotEqualTo("不予办理"));
      assertThat(summary(own, Locale.SIMPLIFIED_CHINESE)).isEqualTo("不予办理");
      assertThat(summary(own, Locale.ENGLISH)).isEqualTo("Not granted");
    }

    @Test
    void isTheBundlesNameForAnOutcomeWithoutOne() {
      assertThat(summary(new Refused(Optional.empty()), Locale.SIMPLIFIED_CHINESE))
          .isEqualTo(Messages.of(Locale.SIMPLIFIED_CHINESE).find("outcome.REFUSED").orElseThrow());
    }
  }

  @Nested
  class TheSteps {
    @Test
    void showTheComparisonResultAndTheRuleSource() {
      String text =
          ExplanationRenderer.of(Locale.ENGLISH)
              .revealing(SensitiveCategory.FINANCIAL)
              .render(notEligible());
      assertThat(text.lines().toList().get(1))
          .startsWith(
              "1. Per-capita monthly income: per-capita household income 812.00 CNY ≥ local standard 735.00")
          .endsWith("→ holds; source: Interim Measures on Social Assistance art. 9");
    }

    @Test
    void showAConfidenceBelowConfirmedNextToTheValue() {
      ParameterSet unconfirmed =
          ParameterSet.defaults()
              .withPlaceName(
                  Jurisdiction.of(DivisionCode.parse("500000")),
                  LocalizedText.of("重庆市", "Chongqing"));
      Decision<IncomeTestRule.Result> d =
          new IncomeTestRule()
              .evaluate(
                  Optional.of(new BigDecimal("700.00")),
                  RuleContext.of(
                      unconfirmed,
                      Jurisdiction.of(DivisionCode.parse("500000")),
                      LocalDate.of(2023, 8, 1)));
      assertThat(ExplanationRenderer.of(Locale.CHINA).summary(d))
          .startsWith("符合:")
          .contains("717.00（重庆市城市, 2022-07-01起, ")
          .endsWith(", 未确认）");
      assertThat(ExplanationRenderer.of(Locale.CHINA).render(d).lines().toList()).hasSize(2);
      assertThat(List.of(d.explanation().parameters().get(0).confidence()))
          .containsExactly(Confidence.UNCONFIRMED);
    }
  }

  @Nested
  class FactsNamingPersons {
    final Step step =
        Step.builder("test.members")
            .fact(Fact.of("applicant", "500103196807020310"))
            .fact(Fact.of("person.13800138000", "ELDERLY"))
            .build();

    @Test
    void maskIdentifiersShapedLikeCitizenIdsOrPhoneNumbersInText() {
      assertThat(ExplanationRenderer.of(Locale.ENGLISH).step(step))
          .contains("500103********0310")
          .contains("person.138****8000")
          .doesNotContain("500103196807020310")
          .doesNotContain("13800138000");
    }

    @Test
    void maskThemInJsonToo() {
      String json = StepJson.step(step, false, java.util.Set.of()).toString();
      assertThat(json)
          .contains("500103********0310")
          .contains("person.138****8000")
          .doesNotContain("500103196807020310")
          .doesNotContain("13800138000");
    }

    @Test
    void keepTheRealValuesInTheJavaApi() {
      assertThat(step.facts()).extracting(Fact::value).contains("500103196807020310");
    }
  }
}
