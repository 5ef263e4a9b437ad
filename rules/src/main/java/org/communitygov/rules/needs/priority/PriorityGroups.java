package org.communitygov.rules.needs.priority;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.AssistanceStatus;
import org.communitygov.model.household.Disability;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.Membership;
import org.communitygov.model.household.Person;
import org.communitygov.model.household.PersonId;
import org.communitygov.rules.engine.AbstractRule;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.FactMapping;
import org.communitygov.rules.engine.ParameterId;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.engine.StepTemplate;
import org.communitygov.rules.engine.Steps;
import org.communitygov.rules.needs.shared.HouseholdFacts;
import org.communitygov.rules.needs.shared.HouseholdInput;
import org.communitygov.rules.needs.shared.ImmutableHouseholdInput;
import org.communitygov.rules.needs.shared.Joined;
import org.jspecify.annotations.Nullable;

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
public final class PriorityGroups extends AbstractRule<HouseholdInput, PriorityGroupsResult> {
  /** The rule's id. */
  public static final String ID = "needs.priorityGroups";

  private static final FactMapping<HouseholdInput> FACTS =
      FactMapping.builder(
              HouseholdInput.class,
              ImmutableHouseholdInput::builder,
              ImmutableHouseholdInput.Builder::build)
          .required(
              "household",
              HouseholdFacts.TYPE,
              HouseholdInput::household,
              ImmutableHouseholdInput.Builder::household)
          .allPresentWhen(in -> in.household().isPresent())
          .build();

  private static final PriorityGroups INSTANCE = new PriorityGroups();

  // An array, not a list: looping over it makes no iterator.
  private static final AssistanceStatus[] STATUSES = AssistanceStatus.values();

  /** The step of each assisted-household status: the same for every household. */
  private static final Map<AssistanceStatus, Step> ASSISTED = assistedSteps();

  // The summary's groups are masked under the strictest category they tell (PriorityGroup
  // .strictest): one template for each of the two.
  private static final StepTemplate SUMMARY_DISABILITY = summary(SensitiveCategory.DISABILITY);
  private static final StepTemplate SUMMARY_ASSISTANCE =
      summary(SensitiveCategory.ASSISTANCE_STATUS);

  /** The ages and the grade of the groups. */
  record Parameters(
      @ParameterId("priority.elderlyAge") ResolvedParameter<Integer> elderlyAge,
      @ParameterId("priority.veryElderlyAge") ResolvedParameter<Integer> veryElderlyAge,
      @ParameterId("priority.severeDisabilityGrade") ResolvedParameter<Integer> severeGrade,
      @ParameterId("priority.childAgeLimit") ResolvedParameter<Integer> childAgeLimit) {}

  private PriorityGroups() {
    super(ID, "1", FACTS);
  }

  /**
   * Returns the rule.
   *
   * @return the rule, not null
   */
  public static PriorityGroups rule() {
    return INSTANCE;
  }

  @Override
  protected Decision<PriorityGroupsResult> decide(HouseholdInput input, RuleContext context) {
    Household household = input.household().orElseThrow();
    LocalDate date = context.date();
    Parameters p = context.parameters(Parameters.class);
    List<Membership> memberships = household.memberships();
    // The members on the date and their ages, each age found once.
    Person[] members = new Person[memberships.size()];
    int[] ages = new int[members.length];
    int size = 0;
    int underElderlyAge = 0;
    for (int i = 0; i < memberships.size(); i++) {
      if (memberships.get(i).isActiveOn(date)) {
        members[size] = HouseholdFacts.person(household, memberships.get(i), i);
        ages[size] = members[size].ageOn(date);
        underElderlyAge += ages[size] < p.elderlyAge().value() ? 1 : 0;
        size++;
      }
    }
    Set<PriorityGroup> householdGroups = EnumSet.noneOf(PriorityGroup.class);
    Set<AssistanceStatus> assistance = household.assistance();
    for (AssistanceStatus status : STATUSES) {
      if (assistance.contains(status)) {
        householdGroups.add(group(status));
      }
    }
    boolean assisted =
        householdGroups.contains(PriorityGroup.MLG_HOUSEHOLD)
            || householdGroups.contains(PriorityGroup.EXTREME_POVERTY_HOUSEHOLD);
    Steps steps = Steps.withCapacity(size + assistance.size() + 2);
    Map<PersonId, Set<PriorityGroup>> personGroups = Map.of();
    Set<PriorityGroup> all = EnumSet.copyOf(householdGroups);
    MemberGroups found = new MemberGroups(p, steps);
    for (int i = 0; i < size; i++) {
      Person member = members[i];
      found.start(member.id(), ages[i]);
      if (size == 1) {
        found.ifAgeHolds(MemberSteps.ELDERLY_LIVING_ALONE, PriorityGroup.ELDERLY_LIVING_ALONE);
      }
      if (underElderlyAge == 0) {
        found.ifAgeHolds(MemberSteps.EMPTY_NEST, PriorityGroup.EMPTY_NEST_ELDERLY);
      }
      found.ifAgeHolds(MemberSteps.VERY_ELDERLY, PriorityGroup.VERY_ELDERLY);
      Optional<Disability> disability = member.disability();
      if (disability.isPresent()) {
        found.disability(disability.get());
      }
      if (assisted) {
        found.ifAgeHolds(MemberSteps.CHILD, PriorityGroup.CHILD_IN_ASSISTED_HOUSEHOLD);
      }
      if (found.groups != null) {
        personGroups = plus(personGroups, member.id(), Collections.unmodifiableSet(found.groups));
        all.addAll(found.groups);
      }
    }
    for (AssistanceStatus status : STATUSES) {
      if (assistance.contains(status)) {
        steps.add(ASSISTED.get(status));
      }
    }
    Step summary =
        (PriorityGroup.strictest(all) == SensitiveCategory.DISABILITY
                ? SUMMARY_DISABILITY
                : SUMMARY_ASSISTANCE)
            .with("householdSize", size)
            .with("groups", new Joined(Collections.unmodifiableSet(all), ","))
            .step();
    steps.add(summary);
    return decided(ImmutablePriorityGroupsResult.of(householdGroups, personGroups), steps, summary);
  }

  /** The groups of the members so far and of one more, in member order. */
  private static Map<PersonId, Set<PriorityGroup>> plus(
      Map<PersonId, Set<PriorityGroup>> groups, PersonId member, Set<PriorityGroup> its) {
    if (groups.isEmpty()) {
      return Map.of(member, its); // usually the only one: no table
    }
    Map<PersonId, Set<PriorityGroup>> more =
        groups instanceof LinkedHashMap<?, ?> ? groups : new LinkedHashMap<>(groups);
    more.put(member, its);
    return more;
  }

  /**
   * The groups of each member in turn ({@link #start}), each found by the comparison of the step
   * that shows it, the step made only when it holds; {@code groups} is null until one is found.
   */
  private static final class MemberGroups {
    final Parameters p;
    final Steps steps;
    @Nullable PersonId person;
    int age;
    @Nullable Set<PriorityGroup> groups;

    MemberGroups(Parameters p, Steps steps) {
      this.p = p;
      this.steps = steps;
    }

    /** Starts the groups of a member. */
    void start(PersonId member, int memberAge) {
      this.person = member;
      this.age = memberAge;
      this.groups = null;
    }

    /** The member's id, set by {@link #start}. */
    PersonId person() {
      return java.util.Objects.requireNonNull(person);
    }

    void ifAgeHolds(MemberSteps kind, PriorityGroup group) {
      ResolvedParameter<Integer> limit =
          switch (group) {
            case VERY_ELDERLY -> p.veryElderlyAge();
            case CHILD_IN_ASSISTED_HOUSEHOLD -> p.childAgeLimit();
            default -> p.elderlyAge();
          };
      StepTemplate template = kind.template;
      if (template.holds("age", age, "limit", limit)) {
        steps.add(template.with("person", person()).with("age", age).with("limit", limit).step());
        add(group);
      }
    }

    void disability(Disability disability) {
      // A disability of any grade is a group of its own; the grade decides the severe one.
      steps.add(
          MemberSteps.DISABLED
              .template
              .with("person", person())
              .with("disability", disability.category())
              .with("grade", disability.grade())
              .step());
      add(PriorityGroup.DISABLED);
      StepTemplate severe = MemberSteps.SEVERELY_DISABLED.template;
      if (severe.holds("grade", disability.grade(), "limit", p.severeGrade())) {
        steps.add(
            severe
                .with("person", person())
                .with("grade", disability.grade())
                .with("limit", p.severeGrade())
                .step());
        add(PriorityGroup.SEVERELY_DISABLED);
      }
    }

    private void add(PriorityGroup group) {
      if (groups == null) {
        groups = EnumSet.of(group);
      } else {
        groups.add(group);
      }
    }
  }

  private static StepTemplate summary(SensitiveCategory groups) {
    return StepTemplate.builder("priority.groups")
        .fact("householdSize")
        .result("groups", groups)
        .build();
  }

  private static Map<AssistanceStatus, Step> assistedSteps() {
    Map<AssistanceStatus, Step> steps = new EnumMap<>(AssistanceStatus.class);
    for (AssistanceStatus status : AssistanceStatus.values()) {
      steps.put(
          status,
          Step.builder("priority.assistedHousehold")
              .sensitive(SensitiveCategory.ASSISTANCE_STATUS)
              .fact(Fact.sensitive("assistance", status, SensitiveCategory.ASSISTANCE_STATUS))
              .result(MemberSteps.groupFact(group(status)))
              .build());
    }
    return steps;
  }

  private static PriorityGroup group(AssistanceStatus status) {
    return switch (status) {
      case MLG -> PriorityGroup.MLG_HOUSEHOLD;
      case NEAR_MLG -> PriorityGroup.NEAR_MLG_HOUSEHOLD;
      case EXTREME_POVERTY_SUPPORT -> PriorityGroup.EXTREME_POVERTY_HOUSEHOLD;
    };
  }
}
