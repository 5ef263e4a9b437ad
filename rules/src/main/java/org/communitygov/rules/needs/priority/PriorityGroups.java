package org.communitygov.rules.needs.priority;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.AssistanceStatus;
import org.communitygov.model.household.Disability;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.Membership;
import org.communitygov.model.household.Person;
import org.communitygov.model.household.PersonId;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Explanation;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.Facts;
import org.communitygov.rules.engine.Rule;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.needs.shared.ArrayMap;
import org.communitygov.rules.needs.shared.HouseholdFacts;
import org.communitygov.rules.needs.shared.HouseholdInput;
import org.communitygov.rules.needs.shared.Joined;
import org.communitygov.rules.needs.shared.SharedFacts;
import org.communitygov.rules.needs.shared.SharedSteps;

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

  private static final AssistanceStatus[] STATUSES = AssistanceStatus.values();

  /** The step of each assisted-household status, by ordinal: the same for every household. */
  private static final Step[] ASSISTED = assistedSteps();

  /** The number of bits of a set of groups ({@link PriorityGroupsResult#bit}). */
  private static final int GROUP_BITS = PriorityGroup.values().length;

  /** The summary step of each household size below 10 and set of groups, made on first use. */
  private static final Step[] SUMMARIES = new Step[10 << GROUP_BITS];

  @Override
  public Decision<PriorityGroupsResult> evaluate(HouseholdInput input, RuleContext context) {
    Optional<Household> found = input.household();
    if (found.isEmpty()) {
      return Decision.undetermined(ID, List.of("household"), Explanation.of(List.of()));
    }
    Household household = found.get();
    LocalDate date = context.date();
    PriorityMemberSteps.Thresholds t =
        context.shared(PriorityMemberSteps.Thresholds.class, PriorityMemberSteps.Thresholds::new);
    List<Membership> memberships = household.memberships();
    // The members on the date and their ages, by membership; null for a membership not active then.
    Person[] members = new Person[memberships.size()];
    int[] ages = new int[members.length];
    int size = 0;
    int underElderlyAge = 0;
    for (int i = 0; i < members.length; i++) {
      Membership m = memberships.get(i);
      if (m.isActiveOn(date)) {
        members[i] = HouseholdFacts.person(household, m, i);
        ages[i] = members[i].ageOn(date);
        size++;
        underElderlyAge += ages[i] < t.elderlyAge ? 1 : 0;
      }
    }
    Set<AssistanceStatus> assistance = household.assistance();
    int statuses = 0;
    int householdGroups = 0;
    for (AssistanceStatus status : STATUSES) {
      if (assistance.contains(status)) {
        statuses |= 1 << status.ordinal();
        householdGroups |= PriorityGroupsResult.bit(group(status));
      }
    }
    boolean assisted =
        (householdGroups
                & (PriorityGroupsResult.bit(PriorityGroup.MLG_HOUSEHOLD)
                    | PriorityGroupsResult.bit(PriorityGroup.EXTREME_POVERTY_HOUSEHOLD)))
            != 0;
    int stepCount = 1 + Integer.bitCount(statuses);
    int inGroups = 0;
    int allGroups = householdGroups;
    for (int i = 0; i < members.length; i++) {
      if (members[i] != null) {
        int groups =
            PriorityMemberSteps.groups(
                ages[i], members[i].disability().orElse(null), size, underElderlyAge, assisted, t);
        stepCount += Integer.bitCount(groups);
        inGroups += groups == 0 ? 0 : 1;
        allGroups |= groups;
      }
    }
    Step[] steps = new Step[stepCount];
    PersonId[] people = new PersonId[inGroups];
    @SuppressWarnings("unchecked") // an array of sets, for the result's map
    Set<PriorityGroup>[] personGroups = (Set<PriorityGroup>[]) new Set<?>[inGroups];
    int next = 0;
    int person = 0;
    for (int i = 0; i < members.length; i++) {
      Person p = members[i];
      if (p != null) {
        Disability disability = p.disability().orElse(null);
        int groups =
            PriorityMemberSteps.groups(ages[i], disability, size, underElderlyAge, assisted, t);
        if (groups != 0) {
          next = PriorityMemberSteps.steps(p.id(), ages[i], disability, groups, t, steps, next);
          people[person] = p.id();
          personGroups[person++] = PriorityGroupsResult.set(groups);
        }
      }
    }
    for (AssistanceStatus status : STATUSES) {
      if ((statuses & 1 << status.ordinal()) != 0) {
        steps[next++] = ASSISTED[status.ordinal()];
      }
    }
    Step summary = summary(size, allGroups);
    steps[next] = summary;
    PriorityGroupsResult result =
        PriorityGroupsResult.of(
            PriorityGroupsResult.set(householdGroups), ArrayMap.of(people, personGroups, person));
    return Decision.of(ID, result, Explanation.of(List.of(steps), summary));
  }

  private static Step[] assistedSteps() {
    Step[] steps = new Step[STATUSES.length];
    for (AssistanceStatus status : STATUSES) {
      steps[status.ordinal()] =
          Step.builder("priority.assistedHousehold")
              .sensitive(SensitiveCategory.ASSISTANCE_STATUS)
              .fact(Fact.sensitive("assistance", status, SensitiveCategory.ASSISTANCE_STATUS))
              .result(PriorityMemberSteps.GROUP[group(status).ordinal()])
              .build();
    }
    return steps;
  }

  /** The last step: the household's size and every group found. */
  private static Step summary(int householdSize, int groups) {
    int i = householdSize < 10 ? householdSize << GROUP_BITS | groups : -1;
    Step step = SharedSteps.get(SUMMARIES, i);
    if (step != null) {
      return step;
    }
    Set<PriorityGroup> all = PriorityGroupsResult.set(groups);
    return SharedSteps.put(
        SUMMARIES,
        i,
        Step.builder("priority.groups")
            .fact(SharedFacts.of(SharedFacts.HOUSEHOLD_SIZE, householdSize))
            .result(Fact.sensitive("groups", new Joined(all, ","), PriorityGroup.strictest(all)))
            .build());
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
    return HouseholdFacts.of(input.household());
  }

  @Override
  public HouseholdInput input(Facts facts) {
    return HouseholdFacts.input(facts);
  }
}
