package org.communitygov.rules.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.communitygov.model.household.Disability;
import org.communitygov.model.household.DisabilityCategory;
import org.communitygov.model.household.Household;
import org.communitygov.rules.common.Decision;
import org.communitygov.rules.common.ExplanationRenderer;
import org.communitygov.rules.common.Jurisdiction;
import org.communitygov.rules.common.ParameterSet;
import org.communitygov.rules.common.RuleContext;
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
        .contains("disability = ***")
        .doesNotContain("MENTAL");
    assertThat(d.outcomeOrThrow()).hasToString("PriorityGroupsResult{PRIORITY}");
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
