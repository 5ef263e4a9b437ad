package org.communitygov.rules.needs.meanstest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.MemberRole;
import org.communitygov.model.household.Membership;
import org.communitygov.model.household.Person;
import org.communitygov.model.household.PersonId;
import org.communitygov.rules.engine.Citation;
import org.communitygov.rules.engine.Confidence;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.LegalReference;
import org.communitygov.rules.engine.LocalizedText;
import org.communitygov.rules.engine.ParameterId;
import org.communitygov.rules.engine.ResolvedParameter;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.engine.StepTemplate;
import org.communitygov.rules.engine.StepTemplateBuilder;
import org.communitygov.rules.needs.shared.HouseholdFacts;
import org.jspecify.annotations.Nullable;

/**
 * Who counts as a 共同生活的家庭成员 on the evaluation date (see {@link MemberCategory} for the mapping). A
 * member on the date counts even if they joined during the income window; a member who left before
 * the date does not.
 */
final class CountedMembers {
  static final Citation RULE_2021 =
      new Citation(
          LegalReference.of(
              LocalizedText.of(
                  "最低生活保障审核确认办法（民发〔2021〕57号）",
                  "Measures for reviewing and confirming the minimum living guarantee (Minfa [2021]"
                      + " 57)")),
          Confidence.CONFIRMED);

  // A member not counted: excluded, living apart, or with no support obligation.
  private static final StepTemplate EXCLUDED = notCounted("exclusion", SensitiveCategory.LOCATION);
  private static final StepTemplate LIVING_APART = notCounted("reason", SensitiveCategory.LOCATION);
  private static final StepTemplate NOT_COUNTED = notCounted("reason", null);

  private static final List<MemberCategory> CATEGORIES = List.of(MemberCategory.values());

  /** The age of majority (shown on the members step: every member's category uses it). */
  record Parameters(
      @ParameterId("mlg.members.adultAge") ResolvedParameter<Integer> adultAge,
      RuleContext context) {}

  /** The counted members, in membership order. */
  final List<PersonId> counted;

  /** The step listing the members by category. */
  final Step step;

  /** The steps of the members not counted, in membership order; usually none. */
  final List<Step> notCounted;

  private CountedMembers(List<PersonId> counted, Step step, List<Step> notCounted) {
    this.counted = counted;
    this.step = step;
    this.notCounted = notCounted;
  }

  int size() {
    return counted.size();
  }

  /** Whether a person is counted. */
  boolean counts(PersonId person) {
    return counted.contains(person);
  }

  /**
   * Finds the counted members of a household on a date.
   *
   * @throws InvalidValueException with code {@code <fact>.member} if {@code exclusions}, {@code
   *     dependentAdultChildren} or {@code livingApart} names a person who is not in the household,
   *     or {@code dependentAdultChildren.child} if it names a member on the date who is not a child
   */
  static CountedMembers of(MeansTestInput input, Household household, RuleContext context) {
    Parameters p = context.parameters(Parameters.class);
    requireMembers("exclusions", input.exclusions().keySet(), household);
    requireMembers("dependentAdultChildren", input.dependentAdultChildren(), household);
    requireMembers("livingApart", input.livingApart(), household);
    List<PersonId> counted = new ArrayList<>(household.memberships().size());
    // The category of each counted member, in the same order.
    MemberCategory[] categories = new MemberCategory[household.memberships().size()];
    List<Step> notCounted = List.of();
    List<Membership> memberships = household.memberships();
    for (int i = 0; i < memberships.size(); i++) {
      Membership m = memberships.get(i);
      if (!m.isActiveOn(p.context().date())) {
        continue;
      }
      Person person = HouseholdFacts.person(household, m, i);
      PersonId id = person.id();
      if (m.role() != MemberRole.CHILD && input.dependentAdultChildren().contains(id)) {
        throw InvalidValueException.of(
            "dependentAdultChildren",
            "child",
            "dependentAdultChildren names person " + id + ", whose role is " + m.role());
      }
      MemberCategory category = categorize(input, person, m.role(), p);
      if (category.counted()) {
        categories[counted.size()] = category;
        counted.add(id);
      } else {
        if (notCounted.isEmpty()) {
          notCounted = new ArrayList<>(2);
        }
        notCounted.add(notCounted(input, id, m.role(), category));
      }
    }
    Step.Builder step = Step.builder("mlg.members").parameter(p.adultAge());
    // Each category's members, joined "P1, P2" when an explanation shows them.
    for (MemberCategory c : CATEGORIES) {
      for (int k = 0; k < counted.size(); k++) {
        if (categories[k] == c) {
          step.fact(Fact.of(c.factName(), new InCategory(counted, categories, c)));
          break;
        }
      }
    }
    step.result(Fact.of("countedMembers", counted.size())).citation(RULE_2021);
    return new CountedMembers(counted, step.build(), notCounted);
  }

  /**
   * The counted members of one category, shown as their ids joined by {@code ", "}: a view of the
   * counted members, so that no list is made per category for an explanation seldom shown.
   */
  private static final class InCategory {
    private final List<PersonId> counted;
    private final MemberCategory[] categories;
    private final MemberCategory category;

    InCategory(List<PersonId> counted, MemberCategory[] categories, MemberCategory category) {
      this.counted = counted;
      this.categories = categories;
      this.category = category;
    }

    @Override
    public String toString() {
      StringJoiner text = new StringJoiner(", ");
      for (int k = 0; k < counted.size(); k++) {
        if (categories[k] == category) {
          text.add(counted.get(k).toString());
        }
      }
      return text.toString();
    }
  }

  /** A per-member fact that names someone outside the household is a mistake, never ignored. */
  private static void requireMembers(String fact, Set<PersonId> ids, Household household) {
    for (PersonId id : ids) {
      if (household.member(id).isEmpty()) {
        throw InvalidValueException.of(
            fact, "member", fact + " names person " + id + ", who is not in the household");
      }
    }
  }

  private static MemberCategory categorize(
      MeansTestInput input, Person person, MemberRole role, Parameters p) {
    if (input.exclusions().containsKey(person.id())) {
      return MemberCategory.EXCLUDED;
    }
    boolean apart = input.livingApart().contains(person.id());
    return switch (role) {
      case HEAD -> MemberCategory.APPLICANT;
      case SPOUSE -> MemberCategory.SPOUSE;
      case CHILD -> {
        if (person.ageOn(p.context().date()) < p.adultAge().value()) {
          yield MemberCategory.MINOR_CHILD;
        } else if (input.dependentAdultChildren().contains(person.id())) {
          yield MemberCategory.DEPENDENT_ADULT_CHILD;
        }
        yield apart ? MemberCategory.LIVING_APART : MemberCategory.SUPPORT_RELATIVE;
      }
      case PARENT, PARENT_IN_LAW, GRANDPARENT, GRANDCHILD, SIBLING, CHILD_IN_LAW ->
          apart ? MemberCategory.LIVING_APART : MemberCategory.SUPPORT_RELATIVE;
      case OTHER_RELATIVE, NON_RELATIVE -> MemberCategory.NO_SUPPORT_OBLIGATION;
    };
  }

  private static Step notCounted(
      MeansTestInput input, PersonId person, MemberRole role, MemberCategory category) {
    MlgExclusion exclusion = input.exclusions().get(person);
    if (exclusion != null) {
      return EXCLUDED.with("person", person).with("role", role).with("exclusion", exclusion).step();
    }
    return (category == MemberCategory.LIVING_APART ? LIVING_APART : NOT_COUNTED)
        .with("person", person)
        .with("role", role)
        .with("reason", category)
        .step();
  }

  private static StepTemplate notCounted(String why, @Nullable SensitiveCategory category) {
    StepTemplateBuilder b = StepTemplate.builder("mlg.notCounted").fact("person").fact("role");
    return (category == null ? b.fact(why) : b.fact(why, category)).citation(RULE_2021).build();
  }
}
