package org.communitygov.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.communitygov.model.household.AssistanceStatus;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.Person;
import org.communitygov.model.household.PersonId;
import org.communitygov.rules.needs.elderability.ElderAbilityInput;
import org.communitygov.rules.needs.priority.PriorityGroup;
import org.jeasy.rules.annotation.Action;
import org.jeasy.rules.annotation.Condition;
import org.jeasy.rules.annotation.Fact;
import org.jeasy.rules.annotation.Priority;
import org.jeasy.rules.annotation.Rule;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;

/**
 * The same rules as {@link EasyRulesNeeds}, written the way Easy Rules' documentation shows first:
 * annotated classes ({@code @Rule}, {@code @Condition}, {@code @Action}, facts injected by
 * {@code @Fact}), which Easy Rules calls through a reflective proxy. Same arithmetic as {@link
 * HandWrittenNeeds}.
 */
final class EasyRulesAnnotatedNeeds {
  private final Rules rules = new Rules();
  private final RulesEngine engine = new DefaultRulesEngine();

  EasyRulesAnnotatedNeeds(PlainParameters p) {
    rules.register(
        new CountedMembers(),
        new Income(p),
        new Property(p),
        new BelowStandard(p),
        new ElderLevel(p),
        new Raises(p),
        new Coma(p),
        new Cap());
    int priority = 10;
    rules.register(
        new Group(
            priority++,
            PriorityGroup.ELDERLY_LIVING_ALONE,
            (m, ms, d) -> m.ageOn(d) >= p.elderlyAge && ms.size() == 1),
        new Group(
            priority++,
            PriorityGroup.EMPTY_NEST_ELDERLY,
            (m, ms, d) ->
                m.ageOn(d) >= p.elderlyAge
                    && ms.stream().allMatch(o -> o.ageOn(d) >= p.elderlyAge)),
        new Group(
            priority++, PriorityGroup.VERY_ELDERLY, (m, ms, d) -> m.ageOn(d) >= p.veryElderlyAge),
        new Group(priority++, PriorityGroup.DISABLED, (m, ms, d) -> m.disability().isPresent()),
        new Group(
            priority++,
            PriorityGroup.SEVERELY_DISABLED,
            (m, ms, d) -> m.disability().filter(x -> x.grade() <= p.severeGrade).isPresent()),
        new AssistedChild(priority++, p),
        new Assisted(priority++, AssistanceStatus.MLG, PriorityGroup.MLG_HOUSEHOLD),
        new Assisted(priority++, AssistanceStatus.NEAR_MLG, PriorityGroup.NEAR_MLG_HOUSEHOLD),
        new Assisted(
            priority++,
            AssistanceStatus.EXTREME_POVERTY_SUPPORT,
            PriorityGroup.EXTREME_POVERTY_HOUSEHOLD));
  }

  NeedsOutcome evaluate(Household household, ElderAbilityInput elder, LocalDate date) {
    Facts facts = new Facts();
    facts.put("household", household);
    facts.put("elder", elder);
    facts.put("date", date);
    facts.put("groups", EnumSet.noneOf(PriorityGroup.class));
    facts.put("mlg", "NOT_ELIGIBLE");
    facts.put("propertyFailed", Boolean.FALSE);
    engine.fire(rules, facts);
    Set<PriorityGroup> groups = facts.get("groups");
    int level = facts.get("level");
    return new NeedsOutcome(facts.get("mlg"), facts.get("benefit"), level, groups);
  }

  /** Counted members and members on the date. */
  @Rule(name = "counted members", priority = 1)
  public static final class CountedMembers {
    @Condition
    public boolean when() {
      return true;
    }

    @Action
    public void then(Facts facts, @Fact("household") Household h, @Fact("date") LocalDate d) {
      facts.put("members", HandWrittenNeeds.membersOn(h, d));
      facts.put("counted", HandWrittenNeeds.counted(h, d));
    }
  }

  /** Per-capita income. */
  @Rule(name = "per-capita income", priority = 2)
  public static final class Income {
    private final PlainParameters p;

    Income(PlainParameters p) {
      this.p = p;
    }

    @Condition
    public boolean when() {
      return true;
    }

    @Action
    public void then(
        Facts facts,
        @Fact("household") Household h,
        @Fact("counted") Set<PersonId> counted,
        @Fact("date") LocalDate d) {
      facts.put("perCapita", HandWrittenNeeds.perCapita(h, counted, p, d));
    }
  }

  /** The property conditions. */
  @Rule(name = "property", priority = 3)
  public static final class Property {
    private final PlainParameters p;

    Property(PlainParameters p) {
      this.p = p;
    }

    @Condition
    public boolean when(
        @Fact("household") Household h,
        @Fact("counted") Set<PersonId> counted,
        @Fact("date") LocalDate d) {
      return !HandWrittenNeeds.propertyPassed(h, counted, p, d);
    }

    @Action
    public void then(Facts facts) {
      facts.put("propertyFailed", Boolean.TRUE);
    }
  }

  /** Below the standard: eligible, with the benefit. */
  @Rule(name = "below the standard", priority = 4)
  public static final class BelowStandard {
    private final PlainParameters p;

    BelowStandard(PlainParameters p) {
      this.p = p;
    }

    @Condition
    public boolean when(
        @Fact("counted") Set<PersonId> counted,
        @Fact("perCapita") BigDecimal perCapita,
        @Fact("propertyFailed") Boolean propertyFailed) {
      return !counted.isEmpty() && perCapita.compareTo(p.standard) < 0 && !propertyFailed;
    }

    @Action
    public void then(
        Facts facts, @Fact("counted") Set<PersonId> counted, @Fact("perCapita") BigDecimal pc) {
      facts.put("mlg", "ELIGIBLE");
      facts.put("benefit", HandWrittenNeeds.benefit(pc, counted.size(), p));
    }
  }

  /** Total and initial level. */
  @Rule(name = "elder level", priority = 5)
  public static final class ElderLevel {
    private final PlainParameters p;

    ElderLevel(PlainParameters p) {
      this.p = p;
    }

    @Condition
    public boolean when() {
      return true;
    }

    @Action
    public void then(Facts facts, @Fact("elder") ElderAbilityInput elder) {
      facts.put("level", HandWrittenNeeds.initialLevel(HandWrittenNeeds.total(elder), p));
    }
  }

  /** Diagnosis and care-risk events. */
  @Rule(name = "raises", priority = 6)
  public static final class Raises {
    private final PlainParameters p;

    Raises(PlainParameters p) {
      this.p = p;
    }

    @Condition
    public boolean when() {
      return true;
    }

    @Action
    public void then(
        Facts facts, @Fact("elder") ElderAbilityInput elder, @Fact("level") int level) {
      facts.put("level", HandWrittenNeeds.raised(elder, p, level));
    }
  }

  /** Coma. */
  @Rule(name = "coma", priority = 7)
  public static final class Coma {
    private final PlainParameters p;

    Coma(PlainParameters p) {
      this.p = p;
    }

    @Condition
    public boolean when(@Fact("elder") ElderAbilityInput elder) {
      return elder.coma().orElseThrow();
    }

    @Action
    public void then(Facts facts, @Fact("level") int level) {
      facts.put("level", Math.max(level, p.comaLevel));
    }
  }

  /** The cap at level 4. */
  @Rule(name = "cap", priority = 8)
  public static final class Cap {
    @Condition
    public boolean when(@Fact("level") int level) {
      return level > 4;
    }

    @Action
    public void then(Facts facts) {
      facts.put("level", 4);
    }
  }

  /** A condition on one member. */
  interface MemberTest {
    boolean test(Person member, List<Person> members, LocalDate date);
  }

  /** A group of members; one instance per group, ordered by its priority. */
  @Rule(name = "priority group")
  public static final class Group {
    private final int priority;
    private final PriorityGroup group;
    private final MemberTest test;

    Group(int priority, PriorityGroup group, MemberTest test) {
      this.priority = priority;
      this.group = group;
      this.test = test;
    }

    @Priority
    public int priority() {
      return priority;
    }

    @Condition
    public boolean when(@Fact("members") List<Person> members, @Fact("date") LocalDate d) {
      for (Person m : members) {
        if (test.test(m, members, d)) {
          return true;
        }
      }
      return false;
    }

    @Action
    public void then(@Fact("groups") Set<PriorityGroup> groups) {
      groups.add(group);
    }
  }

  /** Children in 低保 or 特困 households. */
  @Rule(name = "child in an assisted household")
  public static final class AssistedChild {
    private final int priority;
    private final PlainParameters p;

    AssistedChild(int priority, PlainParameters p) {
      this.priority = priority;
      this.p = p;
    }

    @Priority
    public int priority() {
      return priority;
    }

    @Condition
    public boolean when(
        @Fact("household") Household h,
        @Fact("members") List<Person> members,
        @Fact("date") LocalDate d) {
      Predicate<Person> child = m -> m.ageOn(d) < p.childAge;
      return (h.assistance().contains(AssistanceStatus.MLG)
              || h.assistance().contains(AssistanceStatus.EXTREME_POVERTY_SUPPORT))
          && members.stream().anyMatch(child);
    }

    @Action
    public void then(@Fact("groups") Set<PriorityGroup> groups) {
      groups.add(PriorityGroup.CHILD_IN_ASSISTED_HOUSEHOLD);
    }
  }

  /** A household's assistance status. */
  @Rule(name = "assisted household")
  public static final class Assisted {
    private final int priority;
    private final AssistanceStatus status;
    private final PriorityGroup group;

    Assisted(int priority, AssistanceStatus status, PriorityGroup group) {
      this.priority = priority;
      this.status = status;
      this.group = group;
    }

    @Priority
    public int priority() {
      return priority;
    }

    @Condition
    public boolean when(@Fact("household") Household h) {
      return h.assistance().contains(status);
    }

    @Action
    public void then(@Fact("groups") Set<PriorityGroup> groups) {
      groups.add(group);
    }
  }
}
