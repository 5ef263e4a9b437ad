package org.communitygov.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.communitygov.model.household.AssistanceStatus;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.Person;
import org.communitygov.model.household.PersonId;
import org.communitygov.rules.needs.elderability.ElderAbilityInput;
import org.communitygov.rules.needs.priority.PriorityGroup;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * The same rules written for Easy Rules 4.1: one rule per step of the 低保 test, the elder ability
 * assessment and the priority groups, with conditions and actions as lambdas over the facts (no
 * annotation proxies, no expression language: the fastest way to use it). The arithmetic is {@link
 * HandWrittenNeeds}'s. The rules are built once; each household gets fresh facts.
 */
final class EasyRulesNeeds {
  private final Rules rules = new Rules();
  private final RulesEngine engine = new DefaultRulesEngine();
  private final PlainParameters p;

  EasyRulesNeeds(PlainParameters p) {
    this.p = p;
    int priority = 0;
    register(
        "counted members",
        ++priority,
        f -> true,
        f -> {
          Household h = f.get("household");
          LocalDate date = f.get("date");
          f.put("members", HandWrittenNeeds.membersOn(h, date));
          f.put("counted", HandWrittenNeeds.counted(h, date));
        });
    register(
        "per-capita income",
        ++priority,
        f -> true,
        f ->
            f.put(
                "perCapita",
                HandWrittenNeeds.perCapita(
                    f.get("household"), f.get("counted"), p, f.get("date"))));
    register(
        "property",
        ++priority,
        f ->
            !HandWrittenNeeds.propertyPassed(
                f.get("household"), f.get("counted"), p, f.get("date")),
        f -> f.put("propertyFailed", Boolean.TRUE));
    register(
        "below the standard",
        ++priority,
        f -> {
          Set<PersonId> counted = f.get("counted");
          BigDecimal perCapita = f.get("perCapita");
          return !counted.isEmpty()
              && perCapita.compareTo(p.standard) < 0
              && f.get("propertyFailed") == null;
        },
        f -> {
          Set<PersonId> counted = f.get("counted");
          f.put("mlg", "ELIGIBLE");
          f.put("benefit", HandWrittenNeeds.benefit(f.get("perCapita"), counted.size(), p));
        });
    register(
        "elder total and initial level",
        ++priority,
        f -> true,
        f ->
            f.put(
                "level", HandWrittenNeeds.initialLevel(HandWrittenNeeds.total(f.get("elder")), p)));
    register(
        "level raises",
        ++priority,
        f -> true,
        f -> {
          int level = f.get("level");
          f.put("level", HandWrittenNeeds.raised(f.get("elder"), p, level));
        });
    register(
        "coma",
        ++priority,
        f -> ((ElderAbilityInput) f.get("elder")).coma().orElseThrow(),
        f -> {
          int level = f.get("level");
          f.put("level", Math.max(level, p.comaLevel));
        });
    register("cap", ++priority, f -> (int) f.get("level") > 4, f -> f.put("level", 4));
    groupRule(
        "elderly living alone",
        ++priority,
        PriorityGroup.ELDERLY_LIVING_ALONE,
        (m, members, h, d) -> m.ageOn(d) >= p.elderlyAge && members.size() == 1);
    groupRule(
        "empty nest",
        ++priority,
        PriorityGroup.EMPTY_NEST_ELDERLY,
        (m, members, h, d) ->
            m.ageOn(d) >= p.elderlyAge
                && members.stream().allMatch(o -> o.ageOn(d) >= p.elderlyAge));
    groupRule(
        "very elderly",
        ++priority,
        PriorityGroup.VERY_ELDERLY,
        (m, members, h, d) -> m.ageOn(d) >= p.veryElderlyAge);
    groupRule(
        "disabled",
        ++priority,
        PriorityGroup.DISABLED,
        (m, members, h, d) -> m.disability().isPresent());
    groupRule(
        "severely disabled",
        ++priority,
        PriorityGroup.SEVERELY_DISABLED,
        (m, members, h, d) -> m.disability().filter(x -> x.grade() <= p.severeGrade).isPresent());
    groupRule(
        "child in an assisted household",
        ++priority,
        PriorityGroup.CHILD_IN_ASSISTED_HOUSEHOLD,
        (m, members, h, d) ->
            m.ageOn(d) < p.childAge
                && (h.assistance().contains(AssistanceStatus.MLG)
                    || h.assistance().contains(AssistanceStatus.EXTREME_POVERTY_SUPPORT)));
    assistanceRule("MLG household", ++priority, AssistanceStatus.MLG, PriorityGroup.MLG_HOUSEHOLD);
    assistanceRule(
        "near-MLG household",
        ++priority,
        AssistanceStatus.NEAR_MLG,
        PriorityGroup.NEAR_MLG_HOUSEHOLD);
    assistanceRule(
        "extreme-poverty household",
        ++priority,
        AssistanceStatus.EXTREME_POVERTY_SUPPORT,
        PriorityGroup.EXTREME_POVERTY_HOUSEHOLD);
  }

  /** A condition on one member. */
  private interface MemberCondition {
    boolean test(Person member, List<Person> members, Household household, LocalDate date);
  }

  private void groupRule(String name, int priority, PriorityGroup group, MemberCondition c) {
    register(
        name,
        priority,
        f -> {
          List<Person> members = f.get("members");
          Household h = f.get("household");
          LocalDate d = f.get("date");
          for (Person m : members) {
            if (c.test(m, members, h, d)) {
              return true;
            }
          }
          return false;
        },
        f -> groups(f).add(group));
  }

  private void assistanceRule(
      String name, int priority, AssistanceStatus status, PriorityGroup group) {
    register(
        name,
        priority,
        f -> ((Household) f.get("household")).assistance().contains(status),
        f -> groups(f).add(group));
  }

  private static Set<PriorityGroup> groups(Facts f) {
    return f.get("groups");
  }

  private void register(
      String name,
      int priority,
      org.jeasy.rules.api.Condition when,
      org.jeasy.rules.api.Action then) {
    Rule rule = new RuleBuilder().name(name).priority(priority).when(when).then(then).build();
    rules.register(rule);
  }

  NeedsOutcome evaluate(Household household, ElderAbilityInput elder, LocalDate date) {
    Facts facts = new Facts();
    facts.put("household", household);
    facts.put("elder", elder);
    facts.put("date", date);
    facts.put("groups", EnumSet.noneOf(PriorityGroup.class));
    facts.put("mlg", "NOT_ELIGIBLE");
    engine.fire(rules, facts);
    Set<PriorityGroup> groups = facts.get("groups");
    int level = facts.get("level");
    return new NeedsOutcome(facts.get("mlg"), facts.get("benefit"), level, groups);
  }
}
