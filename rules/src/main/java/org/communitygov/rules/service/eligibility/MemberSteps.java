package org.communitygov.rules.service.eligibility;

import java.util.ArrayList;
import java.util.List;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.PopulationGroup;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.engine.StepSlot;
import org.communitygov.rules.engine.StepTemplate;
import org.communitygov.rules.engine.StepTemplateBuilder;
import org.communitygov.rules.needs.shared.Joined;
import org.jspecify.annotations.Nullable;

/**
 * The steps about members, made from templates built once: the step of one member (the facts the
 * service asks about, the comparison that failed — an age bound or the ability level — and whether
 * the member qualifies) and the summary of what a member must meet. A member's groups are masked
 * under the strictest category they tell, as the priority groups are; an ability level is health
 * data.
 */
final class MemberSteps {
  private static final String MEMBER = "service.eligibility.member";
  private static final String AGE = "age";
  private static final String GROUPS = "populationGroups";
  private static final String LEVEL = "abilityLevel";
  private static final String QUALIFIES = "memberQualifies";

  /** The comparison a member step shows: none, or the bound the member failed. */
  private static final int NO_COMPARISON = 0;

  private static final int MIN_AGE = 1;
  private static final int MAX_AGE = 2;
  private static final int MIN_LEVEL = 3;

  /** Groups shown: not at all, masked as disability, masked as assistance status. */
  private static final @Nullable SensitiveCategory[] GROUP_CATEGORIES = {
    null, SensitiveCategory.DISABILITY, SensitiveCategory.ASSISTANCE_STATUS
  };

  /** By groups shown × level shown × comparison. */
  private static final StepTemplate[][][] MEMBER_STEPS = memberTemplates();

  /** The summary, by the bounds a service has (bits: min age, max age, groups, level). */
  private static final StepTemplate[] SUMMARIES = summaryTemplates();

  private MemberSteps() {}

  private static StepTemplate[][][] memberTemplates() {
    StepTemplate[][][] all = new StepTemplate[GROUP_CATEGORIES.length][2][4];
    for (int g = 0; g < GROUP_CATEGORIES.length; g++) {
      for (int level = 0; level < 2; level++) {
        for (int c = NO_COMPARISON; c <= MIN_LEVEL; c++) {
          if (c == MIN_LEVEL && level == 0) {
            continue;
          }
          StepTemplateBuilder b = StepTemplate.builder(MEMBER).fact("person").fact(AGE);
          if (GROUP_CATEGORIES[g] != null) {
            b.fact(GROUPS, GROUP_CATEGORIES[g]);
          }
          if (level == 1) {
            b.fact(LEVEL, SensitiveCategory.HEALTH);
          }
          switch (c) {
            case MIN_AGE ->
                b.holding(
                    StepSlot.fact(AGE).named("comparedAge"),
                    Operator.GE,
                    StepSlot.fact("minimumAge"));
            case MAX_AGE ->
                b.holding(
                    StepSlot.fact(AGE).named("comparedAge"),
                    Operator.LE,
                    StepSlot.fact("maximumAge"));
            case MIN_LEVEL ->
                b.holding(
                    StepSlot.fact(LEVEL, SensitiveCategory.HEALTH).named("comparedLevel"),
                    Operator.GE,
                    StepSlot.fact("minimumAbilityLevel"));
            default -> {}
          }
          all[g][level][c] = b.result(QUALIFIES).build();
        }
      }
    }
    return all;
  }

  private static StepTemplate[] summaryTemplates() {
    StepTemplate[] all = new StepTemplate[16];
    for (int bits = 0; bits < all.length; bits++) {
      StepTemplateBuilder b = StepTemplate.builder("service.eligibility.members");
      if ((bits & 1) != 0) {
        b.fact("minimumAge");
      }
      if ((bits & 2) != 0) {
        b.fact("maximumAge");
      }
      if ((bits & 4) != 0) {
        b.fact("targetGroups");
      }
      if ((bits & 8) != 0) {
        b.fact("minimumAbilityLevel");
      }
      all[bits] = b.result(QUALIFIES).build();
    }
    return all;
  }

  /**
   * The summary of what a member must meet, with its result: made once per service and shared by
   * every household's decision.
   */
  static Step summary(ServiceTerms terms, boolean qualifies) {
    int bits =
        (terms.minimumAge().isPresent() ? 1 : 0)
            | (terms.maximumAge().isPresent() ? 2 : 0)
            | (terms.targetGroups().isEmpty() ? 0 : 4)
            | (terms.minimumAbilityLevel().isPresent() ? 8 : 0);
    var step = SUMMARIES[bits].with(QUALIFIES, qualifies);
    terms.minimumAge().ifPresent(a -> step.with("minimumAge", a));
    terms.maximumAge().ifPresent(a -> step.with("maximumAge", a));
    if (!terms.targetGroups().isEmpty()) {
      step.with("targetGroups", new Joined(terms.targetGroups(), ","));
    }
    terms.minimumAbilityLevel().ifPresent(l -> step.with("minimumAbilityLevel", l.number()));
    return step.step();
  }

  /** The step of member {@code i}, whose first failed condition is {@code check}. */
  static Step member(Conditions c, HouseholdProfile p, int i, int check) {
    ServiceTerms terms = c.terms;
    int groups = c.hasTargets ? groupCategory(p.groups(i)) : 0;
    boolean showsLevel = c.hasMinimumLevel;
    int comparison =
        switch (check) {
          case Conditions.TOO_YOUNG -> MIN_AGE;
          case Conditions.TOO_OLD -> MAX_AGE;
          case Conditions.LEVEL_TOO_LOW -> MIN_LEVEL;
          default -> NO_COMPARISON;
        };
    int age = p.age(i);
    var step =
        MEMBER_STEPS[groups][showsLevel ? 1 : 0][comparison]
            .with("person", p.member(i))
            .with(AGE, age)
            .with(QUALIFIES, check == Conditions.OK);
    if (groups != 0) {
      step.with(GROUPS, p.groupsShown(i));
    }
    int level = p.level(i);
    if (showsLevel) {
      step.with(LEVEL, level < 0 ? "?" : level);
    }
    switch (comparison) {
      case MIN_AGE ->
          step.with("comparedAge", age).with("minimumAge", terms.minimumAge().orElseThrow());
      case MAX_AGE ->
          step.with("comparedAge", age).with("maximumAge", terms.maximumAge().orElseThrow());
      case MIN_LEVEL ->
          step.with("comparedLevel", level)
              .with("minimumAbilityLevel", terms.minimumAbilityLevel().orElseThrow().number());
      default -> {}
    }
    return step.step();
  }

  /** The groups of a mask, in their order. */
  static List<PopulationGroup> groups(int mask) {
    List<PopulationGroup> groups = new ArrayList<>();
    for (PopulationGroup g : PopulationGroup.values()) {
      if ((mask & 1 << g.ordinal()) != 0) {
        groups.add(g);
      }
    }
    return groups;
  }

  /**
   * The category a member's groups are masked under (as the priority groups are), as an index of
   * {@link #GROUP_CATEGORIES}: disability unless the groups tell only an assistance status.
   */
  private static int groupCategory(int groups) {
    boolean assistance = false;
    for (PopulationGroup g : PopulationGroup.values()) {
      if ((groups & 1 << g.ordinal()) != 0) {
        switch (g) {
          case DISABLED, SEVERELY_DISABLED -> {
            return 1;
          }
          case MLG_HOUSEHOLD, NEAR_MLG_HOUSEHOLD, EXTREME_POVERTY_HOUSEHOLD -> assistance = true;
          default -> {}
        }
      }
    }
    return assistance ? 2 : 1;
  }
}
