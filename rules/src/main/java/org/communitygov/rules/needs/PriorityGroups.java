package org.communitygov.rules.needs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.AssistanceStatus;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.Membership;
import org.communitygov.model.household.Person;
import org.communitygov.rules.common.Decision;
import org.communitygov.rules.common.Explanation;
import org.communitygov.rules.common.Fact;
import org.communitygov.rules.common.Facts;
import org.communitygov.rules.common.Rule;
import org.communitygov.rules.common.RuleContext;
import org.communitygov.rules.common.Step;

/**
 * The priority groups (重点人群) of a household on a date, each found with a step of the explanation:
 * elderly living alone, empty-nest elderly, very elderly (80+), disabled and severely disabled (by
 * grade), children in 低保 or 特困 households, and 低保 / 低保边缘 / 特困 households (from the household's
 * {@code assistance}). Members are those whose membership is active on the date. Ages and grades
 * are parameters ({@link PriorityParameters}); all national values are unconfirmed.
 *
 * <p>Fact: {@code household}. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PriorityGroups implements Rule<HouseholdInput, PriorityGroupsResult> {
  /** The rule's id. */
  public static final String ID = "needs.priorityGroups";

  private static final PriorityGroups INSTANCE = new PriorityGroups();

  private PriorityGroups() {}

  /**
   * Returns the rule.
   *
   * @return the rule, not null
   */
  public static PriorityGroups rule() {
    return INSTANCE;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String version() {
    return "1";
  }

  @Override
  public Decision<PriorityGroupsResult> evaluate(HouseholdInput input, RuleContext context) {
    if (input.household().isEmpty()) {
      return Decision.undetermined(ID, List.of("household"), Explanation.of(List.of()));
    }
    Household household = input.household().get();
    LocalDate date = context.date();
    PriorityMemberSteps.Thresholds t =
        context.shared(PriorityMemberSteps.Thresholds.class, PriorityMemberSteps.Thresholds::new);
    List<Membership> memberships = household.memberships();
    List<Person> members = new ArrayList<>(memberships.size());
    for (int i = 0; i < memberships.size(); i++) {
      Membership m = memberships.get(i);
      if (m.isActiveOn(date)) {
        members.add(CountedMembers.person(household, m, i));
      }
    }
    int[] ages = new int[members.size()];
    int underElderlyAge = 0;
    for (int i = 0; i < ages.length; i++) {
      ages[i] = members.get(i).ageOn(date);
      if (ages[i] < t.elderly.value()) {
        underElderlyAge++;
      }
    }
    Set<AssistanceStatus> assistance = household.assistance();
    boolean assisted =
        assistance.contains(AssistanceStatus.MINIMUM_LIVING_GUARANTEE)
            || assistance.contains(AssistanceStatus.EXTREME_POVERTY_SUPPORT);
    List<Step> steps = new ArrayList<>(6);
    Map<org.communitygov.model.household.PersonId, Set<PriorityGroup>> byPerson =
        new LinkedHashMap<>();
    for (int i = 0; i < ages.length; i++) {
      Person p = members.get(i);
      Set<PriorityGroup> groups =
          PriorityMemberSteps.of(p, ages[i], members.size(), underElderlyAge, assisted, t, steps);
      if (groups != null) {
        byPerson.put(p.id(), groups);
      }
    }
    Set<PriorityGroup> householdGroups = EnumSet.noneOf(PriorityGroup.class);
    for (AssistanceStatus status : assistance) {
      PriorityGroup group = group(status);
      householdGroups.add(group);
      steps.add(
          Step.builder("priority.assistedHousehold")
              .sensitive(SensitiveCategory.ASSISTANCE_STATUS)
              .fact(Fact.sensitive("assistance", status, SensitiveCategory.ASSISTANCE_STATUS))
              .result(PriorityMemberSteps.GROUP[group.ordinal()])
              .build());
    }
    PriorityGroupsResult result =
        PriorityGroupsResult.builder()
            .householdGroups(householdGroups)
            .personGroups(byPerson)
            .build();
    Step summary =
        Step.builder("priority.groups")
            .fact(SharedFacts.of(SharedFacts.HOUSEHOLD_SIZE, members.size()))
            .result(
                Fact.sensitive(
                    "groups",
                    new Joined(result.groups(), ","),
                    PriorityGroup.strictest(result.groups())))
            .build();
    steps.add(summary);
    return Decision.of(ID, result, Explanation.of(steps, summary));
  }

  private static PriorityGroup group(AssistanceStatus status) {
    return switch (status) {
      case MINIMUM_LIVING_GUARANTEE -> PriorityGroup.MLG_HOUSEHOLD;
      case NEAR_MINIMUM_LIVING_GUARANTEE -> PriorityGroup.NEAR_MLG_HOUSEHOLD;
      case EXTREME_POVERTY_SUPPORT -> PriorityGroup.EXTREME_POVERTY_HOUSEHOLD;
    };
  }

  @Override
  public Facts facts(HouseholdInput input) {
    return MeansTestFacts.householdFacts(input.household());
  }

  @Override
  public HouseholdInput input(Facts facts) {
    return MeansTestFacts.householdInput(facts);
  }
}
