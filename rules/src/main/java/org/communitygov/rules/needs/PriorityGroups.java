package org.communitygov.rules.needs;

import static org.communitygov.rules.needs.PriorityParameters.CHILD_AGE_LIMIT;
import static org.communitygov.rules.needs.PriorityParameters.ELDERLY_AGE;
import static org.communitygov.rules.needs.PriorityParameters.SEVERE_DISABILITY_GRADE;
import static org.communitygov.rules.needs.PriorityParameters.VERY_ELDERLY_AGE;

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
import org.communitygov.rules.common.Comparison;
import org.communitygov.rules.common.Decision;
import org.communitygov.rules.common.Explanation;
import org.communitygov.rules.common.Fact;
import org.communitygov.rules.common.Facts;
import org.communitygov.rules.common.Operand;
import org.communitygov.rules.common.Operator;
import org.communitygov.rules.common.ResolvedParameter;
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
    Thresholds t = new Thresholds(context);
    List<Person> members = new ArrayList<>(household.memberships().size());
    for (Membership m : household.memberships()) {
      if (m.isActiveOn(date)) {
        members.add(household.member(m.person()).orElseThrow());
      }
    }
    int underElderlyAge = 0;
    for (Person p : members) {
      if (p.ageOn(date) < t.elderly.value()) {
        underElderlyAge++;
      }
    }
    Set<AssistanceStatus> assistance = household.assistance();
    boolean assisted =
        assistance.contains(AssistanceStatus.MINIMUM_LIVING_GUARANTEE)
            || assistance.contains(AssistanceStatus.EXTREME_POVERTY_SUPPORT);
    List<Step> steps = new ArrayList<>();
    Map<org.communitygov.model.household.PersonId, Set<PriorityGroup>> byPerson =
        new LinkedHashMap<>();
    for (Person p : members) {
      Set<PriorityGroup> groups = EnumSet.noneOf(PriorityGroup.class);
      PersonSteps.of(p, members.size(), underElderlyAge, assisted, t, date, groups, steps);
      if (!groups.isEmpty()) {
        byPerson.put(p.id(), groups);
      }
    }
    Set<PriorityGroup> householdGroups = EnumSet.noneOf(PriorityGroup.class);
    for (AssistanceStatus status : assistance) {
      PriorityGroup group = group(status);
      householdGroups.add(group);
      steps.add(
          Step.builder("priority.assistedHousehold")
              .fact(Fact.sensitive("assistance", status, SensitiveCategory.ASSISTANCE_STATUS))
              .result(Fact.of("group", group))
              .build());
    }
    PriorityGroupsResult result =
        PriorityGroupsResult.builder()
            .householdGroups(householdGroups)
            .personGroups(byPerson)
            .build();
    Explanation e = Explanation.of(steps);
    Step summary =
        Step.builder("priority.groups")
            .fact(Fact.of("householdSize", members.size()))
            .result(Fact.of("groups", new Joined(result.groups(), ",")))
            .build();
    return Decision.of(ID, result, e.thenDecisive(summary));
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

  /** The parameters, resolved once per evaluation. */
  static final class Thresholds {
    final ResolvedParameter<Integer> elderly;
    final ResolvedParameter<Integer> veryElderly;
    final ResolvedParameter<Integer> severeGrade;
    final ResolvedParameter<Integer> child;

    Thresholds(RuleContext context) {
      elderly = context.resolve(ELDERLY_AGE);
      veryElderly = context.resolve(VERY_ELDERLY_AGE);
      severeGrade = context.resolve(SEVERE_DISABILITY_GRADE);
      child = context.resolve(CHILD_AGE_LIMIT);
    }
  }

  /** The steps of one member: one per group the member is in. */
  static final class PersonSteps {
    private PersonSteps() {}

    static void of(
        Person p,
        int householdSize,
        int underElderlyAge,
        boolean assisted,
        Thresholds t,
        LocalDate date,
        Set<PriorityGroup> groups,
        List<Step> steps) {
      int age = p.ageOn(date);
      Fact person = Fact.of("person", p.id());
      Operand ageOperand = Operand.of(Fact.of("age", age));
      if (age >= t.elderly.value()) {
        Comparison elderly = Comparison.of(ageOperand, Operator.GE, Operand.of(t.elderly));
        if (householdSize == 1) {
          groups.add(PriorityGroup.ELDERLY_LIVING_ALONE);
          steps.add(
              group("priority.elderlyLivingAlone", person, elderly)
                  .fact(Fact.of("householdSize", householdSize))
                  .result(Fact.of("group", PriorityGroup.ELDERLY_LIVING_ALONE))
                  .build());
        }
        if (underElderlyAge == 0) {
          groups.add(PriorityGroup.EMPTY_NEST_ELDERLY);
          steps.add(
              group("priority.emptyNest", person, elderly)
                  .fact(Fact.of("membersUnderElderlyAge", underElderlyAge))
                  .result(Fact.of("group", PriorityGroup.EMPTY_NEST_ELDERLY))
                  .build());
        }
      }
      if (age >= t.veryElderly.value()) {
        groups.add(PriorityGroup.VERY_ELDERLY);
        steps.add(
            group(
                    "priority.veryElderly",
                    person,
                    Comparison.of(ageOperand, Operator.GE, Operand.of(t.veryElderly)))
                .result(Fact.of("group", PriorityGroup.VERY_ELDERLY))
                .build());
      }
      p.disability()
          .ifPresent(
              d -> {
                groups.add(PriorityGroup.DISABLED);
                Fact grade = Fact.sensitive("grade", d.grade(), SensitiveCategory.DISABILITY);
                steps.add(
                    Step.builder("priority.disabled")
                        .fact(person)
                        .fact(
                            Fact.sensitive(
                                "disability", d.category(), SensitiveCategory.DISABILITY))
                        .fact(grade)
                        .result(Fact.of("group", PriorityGroup.DISABLED))
                        .build());
                if (d.grade() <= t.severeGrade.value()) {
                  groups.add(PriorityGroup.SEVERELY_DISABLED);
                  steps.add(
                      group(
                              "priority.severelyDisabled",
                              person,
                              Comparison.of(
                                  Operand.of(grade), Operator.LE, Operand.of(t.severeGrade)))
                          .result(Fact.of("group", PriorityGroup.SEVERELY_DISABLED))
                          .build());
                }
              });
      if (assisted && age < t.child.value()) {
        groups.add(PriorityGroup.CHILD_IN_ASSISTED_HOUSEHOLD);
        steps.add(
            group(
                    "priority.childInAssistedHousehold",
                    person,
                    Comparison.of(ageOperand, Operator.LT, Operand.of(t.child)))
                .result(Fact.of("group", PriorityGroup.CHILD_IN_ASSISTED_HOUSEHOLD))
                .build());
      }
    }

    private static Step.Builder group(String id, Fact person, Comparison comparison) {
      return Step.builder(id).fact(person).comparison(comparison);
    }
  }
}
