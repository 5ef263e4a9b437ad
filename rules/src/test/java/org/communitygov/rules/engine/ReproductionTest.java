package org.communitygov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.communitygov.model.common.DivisionCode;
import org.communitygov.model.common.Money;
import org.communitygov.rules.engine.DecisionRecordEditsTest.GapRule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReproductionTest {
  static final DecisionRecord RECORD = DecisionRecordEditsTest.record();

  static ParameterSet standardOf(String value, LegalReference reference) {
    return ParameterSet.defaults()
        .withValue(
            IncomeTestRule.URBAN,
            Jurisdiction.of(DivisionCode.parse("500000")),
            DatedValue.of(
                Money.parse(value + " CNY"),
                LocalDate.of(2023, 9, 1),
                reference,
                Confidence.CONFIRMED));
  }

  static final LegalReference NOTICE =
      LegalReference.of(LocalizedText.of("重庆市城乡低保标准调整（区民政局公告）", "notice"));

  /** The same rule under another version. */
  static final class NextVersion implements Rule<Facts, GapRule.Gap> {
    private final GapRule rule = new GapRule();

    @Override
    public String id() {
      return rule.id();
    }

    @Override
    public String version() {
      return "3";
    }

    @Override
    public Decision<GapRule.Gap> evaluate(Facts input, RuleContext context) {
      return rule.evaluate(input, context);
    }

    @Override
    public Facts facts(Facts input) {
      return rule.facts(input);
    }

    @Override
    public Facts input(Facts facts) {
      return rule.input(facts);
    }
  }

  @Nested
  class Comparing {
    @Test
    void findsOutcomeDetailsThatDifferUnderTheSameCode() {
      Reproduction<GapRule.Gap> again =
          RECORD.reproduce(DecisionRecordEditsTest.RULE, standardOf("736.00", NOTICE));
      assertThat(again.decision().outcomeOrThrow().code()).isEqualTo("ELIGIBLE");
      assertThat(again.outcomeMatches()).isFalse();
      assertThat(again.fingerprintMatches()).isFalse();
      assertThat(again.ruleSetVersionMatches()).isTrue();
      assertThat(again.editedFields()).isEmpty();
      assertThat(again.isExact()).isFalse();
      assertThat(again.record().outcomeDetails()).containsEntry("gap", "123.50");
    }

    @Test
    void findsAnotherRuleVersionAlone() {
      Reproduction<GapRule.Gap> again =
          RECORD.reproduce(new NextVersion(), ParameterSet.defaults());
      assertThat(again.outcomeMatches()).isTrue();
      assertThat(again.fingerprintMatches()).isTrue();
      assertThat(again.ruleSetVersionMatches()).isFalse();
      assertThat(again.isExact()).isFalse();
      assertThat(again.changedParameters()).isEmpty();
      assertThat(again).hasToString("differs [] outcome true edited []");
    }

    @Test
    void findsAParameterChangedAloneAndListsBothLines() {
      Reproduction<GapRule.Gap> again =
          RECORD.reproduce(
              DecisionRecordEditsTest.RULE, standardOf("735.00", NOTICE.withUrl("cq.gov.cn")));
      assertThat(again.outcomeMatches()).isTrue();
      assertThat(again.fingerprintMatches()).isFalse();
      assertThat(again.isExact()).isFalse();
      List<String> changes = again.changedParameters();
      assertThat(changes).hasSize(2);
      assertThat(changes.get(0)).startsWith("- mlg.standard.urban|").doesNotEndWith("cq.gov.cn");
      assertThat(changes.get(1)).startsWith("+ mlg.standard.urban|").endsWith("|cq.gov.cn");
      assertThat(again.toString())
          .startsWith("differs [- mlg.standard.urban")
          .contains(" outcome true");
    }

    @Test
    void reproducesAnUndeterminedDecisionExactly() {
      DecisionRecord undetermined =
          DecisionRecord.of(
              DecisionRecordEditsTest.RULE,
              Facts.empty(),
              DecisionRecordEditsTest.CONTEXT,
              DecisionRecordEditsTest.RULE.evaluate(
                  Facts.empty(), DecisionRecordEditsTest.CONTEXT));
      assertThat(undetermined.status()).isEqualTo(DecisionStatus.UNDETERMINED);
      assertThat(undetermined.missingFacts()).containsExactly("perCapitaIncome");
      Reproduction<GapRule.Gap> again =
          undetermined.reproduce(DecisionRecordEditsTest.RULE, ParameterSet.defaults());
      assertThat(again.isExact()).isTrue();
      assertThat(again.decision().missingFacts()).containsExactly("perCapitaIncome");
    }
  }
}
