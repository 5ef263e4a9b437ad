package org.communitygov.rules.needs.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.AssistanceStatus;
import org.communitygov.model.household.Disability;
import org.communitygov.model.household.DisabilityCategory;
import org.communitygov.model.household.Household;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.ExplanationRenderer;
import org.communitygov.rules.engine.Jurisdiction;
import org.communitygov.rules.engine.ParameterSet;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.needs.shared.HouseholdInput;
import org.communitygov.rules.needs.shared.Households;
import org.junit.jupiter.api.Test;

class PriorityGroupsTest {
  static final LocalDate DATE = LocalDate.of(2024, 6, 1);
  static final RuleContext CONTEXT =
      RuleContext.of(ParameterSet.defaults(), Jurisdiction.parse("500103"), DATE);

  static Household disabledElder() {
    return Households.household(
            org.communitygov.model.household.Person.builder()
                .from(Households.person(Households.P1, "1940-01-01"))
                .disability(Disability.of(DisabilityCategory.MENTAL, 1))
                .build())
        .build();
  }

  @Test
  void findsEachGroupWithAStepAndMasksTheDisability() {
    Decision<PriorityGroupsResult> d =
        PriorityGroups.rule().evaluate(HouseholdInput.of(disabledElder()), CONTEXT);

    assertThat(d.outcomeOrThrow().groups())
        .containsExactly(
            PriorityGroup.ELDERLY_LIVING_ALONE,
            PriorityGroup.EMPTY_NEST_ELDERLY,
            PriorityGroup.VERY_ELDERLY,
            PriorityGroup.DISABLED,
            PriorityGroup.SEVERELY_DISABLED);
    assertThat(d.explanation().steps()).hasSize(6);
    assertThat(ExplanationRenderer.of(Locale.ENGLISH).render(d))
        .contains("\n4. ***\n5. ***\n")
        .doesNotContain("MENTAL");
    assertThat(d.outcomeOrThrow()).hasToString("PriorityGroupsResult{PRIORITY}");
  }

  @Test
  void masksTheDisabilityGroupsInStepResultsAndShowsTheAgeGroups() {
    Decision<PriorityGroupsResult> d =
        PriorityGroups.rule().evaluate(HouseholdInput.of(disabledElder()), CONTEXT);
    String text = ExplanationRenderer.of(Locale.ENGLISH).render(d);

    assertThat(text)
        .doesNotContain("DISABLED")
        .doesNotContain("isabled")
        .doesNotContain("disability grade")
        .contains("VERY_ELDERLY");
    assertThat(org.communitygov.rules.engine.DecisionJson.write(d))
        .doesNotContain("DISABLED")
        .doesNotContain("priority.disabled")
        .doesNotContain("priority.severelyDisabled");
    assertThat(groupsFact(d).sensitivity()).contains(SensitiveCategory.DISABILITY);
    assertThat(
            ExplanationRenderer.of(Locale.ENGLISH)
                .revealing(SensitiveCategory.DISABILITY)
                .render(d))
        .contains("SEVERELY_DISABLED");
  }

  @Test
  void masksTheAssistedHouseholdGroupsAsAssistanceStatus() {
    Household assisted =
        Household.builder()
            .from(disabledElder())
            .assistance(java.util.Set.of(AssistanceStatus.MLG))
            .build();
    Household onlyAssisted =
        Households.household(Households.person(Households.P1, "1990-01-01"))
            .assistance(java.util.Set.of(AssistanceStatus.MLG))
            .build();
    Decision<PriorityGroupsResult> both =
        PriorityGroups.rule().evaluate(HouseholdInput.of(assisted), CONTEXT);
    Decision<PriorityGroupsResult> mlg =
        PriorityGroups.rule().evaluate(HouseholdInput.of(onlyAssisted), CONTEXT);

    assertThat(ExplanationRenderer.of(Locale.ENGLISH).render(mlg))
        .doesNotContain("MLG_HOUSEHOLD")
        .doesNotContain("ssistance");
    assertThat(groupsFact(mlg).sensitivity()).contains(SensitiveCategory.ASSISTANCE_STATUS);
    assertThat(
            ExplanationRenderer.of(Locale.ENGLISH)
                .revealing(SensitiveCategory.ASSISTANCE_STATUS)
                .render(mlg))
        .contains("group = MLG_HOUSEHOLD");
    assertThat(groupsFact(both).sensitivity())
        .as("the strictest category of a list with both kinds")
        .contains(SensitiveCategory.DISABILITY);
  }

  @Test
  void masksTheGroupsFactAndTheOutcomeDetailsAlike() {
    Household elderOnly =
        Households.household(Households.person(Households.P1, "1940-01-01")).build();
    for (Household h : java.util.List.of(disabledElder(), elderOnly)) {
      Decision<PriorityGroupsResult> d =
          PriorityGroups.rule().evaluate(HouseholdInput.of(h), CONTEXT);

      assertThat(groupsFact(d).sensitivity())
          .isPresent()
          .isEqualTo(d.outcomeOrThrow().detailSensitivity("groups"))
          .isEqualTo(d.outcomeOrThrow().detailSensitivity("person.P1"));
    }
  }

  private static org.communitygov.rules.engine.Fact groupsFact(Decision<?> d) {
    return d.explanation().steps().stream()
        .filter(s -> s.id().equals("priority.groups"))
        .findFirst()
        .flatMap(Step::result)
        .orElseThrow();
  }

  @Test
  void inputSurvivesTheRoundTripThroughFacts() {
    HouseholdInput input = HouseholdInput.of(disabledElder());

    assertThat(PriorityGroups.rule().input(PriorityGroups.rule().facts(input))).isEqualTo(input);
    assertThat(PriorityGroups.rule().input(PriorityGroups.rule().facts(HouseholdInput.empty())))
        .isEqualTo(HouseholdInput.empty());
  }

  @Test
  void withoutAHouseholdIsUndetermined() {
    assertThat(PriorityGroups.rule().evaluate(HouseholdInput.empty(), CONTEXT).missingFacts())
        .containsExactly("household");
  }
}
