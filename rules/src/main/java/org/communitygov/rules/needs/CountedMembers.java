package org.communitygov.rules.needs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.MemberRole;
import org.communitygov.model.household.Membership;
import org.communitygov.model.household.Person;
import org.communitygov.model.household.PersonId;
import org.communitygov.rules.common.Citation;
import org.communitygov.rules.common.Confidence;
import org.communitygov.rules.common.Fact;
import org.communitygov.rules.common.LegalReference;
import org.communitygov.rules.common.LocalizedText;
import org.communitygov.rules.common.Step;

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

  /** The counted members, in membership order; households are small, so a list. */
  final List<PersonId> counted;

  final List<Step> steps;

  private CountedMembers(List<PersonId> counted, List<Step> steps) {
    this.counted = counted;
    this.steps = steps;
  }

  int size() {
    return counted.size();
  }

  private static final MemberCategory[] CATEGORIES = MemberCategory.values();

  /**
   * Finds the counted members of a household on a date.
   *
   * @throws InvalidValueException with code {@code <fact>.member} if {@code exclusions}, {@code
   *     dependentAdultChildren} or {@code livingApart} names a person who is not in the household,
   *     or {@code dependentAdultChildren.child} if it names a member on the date who is not a child
   */
  static CountedMembers of(MeansTestInput input, Household household, LocalDate date) {
    requireMembers("exclusions", input.exclusions().keySet(), household);
    requireMembers("dependentAdultChildren", input.dependentAdultChildren(), household);
    requireMembers("livingApart", input.livingApart(), household);
    @SuppressWarnings("unchecked") // an array of lists, indexed by category
    List<PersonId>[] byCategory = new List[CATEGORIES.length];
    List<Step> notCounted = new ArrayList<>(0);
    List<PersonId> counted = new ArrayList<>(household.memberships().size());
    List<Membership> memberships = household.memberships();
    for (int i = 0; i < memberships.size(); i++) {
      Membership m = memberships.get(i);
      if (!m.isActiveOn(date)) {
        continue;
      }
      Person person = person(household, m, i);
      if (m.role() != MemberRole.CHILD && input.dependentAdultChildren().contains(person.id())) {
        throw InvalidValueException.of(
            "dependentAdultChildren",
            "child",
            "dependentAdultChildren names person " + person.id() + ", whose role is " + m.role());
      }
      MemberCategory category = categorize(input, person, m.role(), date);
      if (category.counted()) {
        if (!counted.contains(person.id())) {
          counted.add(person.id());
        }
        int c = category.ordinal();
        if (byCategory[c] == null) {
          byCategory[c] = new ArrayList<>(2);
        }
        byCategory[c].add(person.id());
      } else {
        notCounted.add(notCounted(input, person.id(), m.role(), category));
      }
    }
    Step.Builder members = Step.builder("mlg.members").citation(RULE_2021);
    for (MemberCategory c : CATEGORIES) {
      if (byCategory[c.ordinal()] != null) {
        members.fact(Fact.of(c.factName(), new Joined(byCategory[c.ordinal()], ", ")));
      }
    }
    List<Step> steps = new ArrayList<>(1 + notCounted.size());
    steps.add(members.result(SharedFacts.of(SharedFacts.COUNTED_MEMBERS, counted.size())).build());
    steps.addAll(notCounted);
    return new CountedMembers(
        Collections.unmodifiableList(counted), Collections.unmodifiableList(steps));
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

  /**
   * The person of the membership at a position: the member at the same position when the lists are
   * in the same order (as they usually are), else looked up by id.
   */
  static Person person(Household household, Membership membership, int position) {
    List<Person> members = household.members();
    if (position < members.size()) {
      Person same = members.get(position);
      if (same.id().equals(membership.person())) {
        return same;
      }
    }
    return household.member(membership.person()).orElseThrow();
  }

  static MemberCategory categorize(
      MeansTestInput input, Person person, MemberRole role, LocalDate date) {
    if (input.exclusions().containsKey(person.id())) {
      return MemberCategory.EXCLUDED;
    }
    boolean apart = input.livingApart().contains(person.id());
    return switch (role) {
      case HEAD -> MemberCategory.APPLICANT;
      case SPOUSE -> MemberCategory.SPOUSE;
      case CHILD -> {
        if (person.ageOn(date) < 18) {
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
    Step.Builder step =
        Step.builder("mlg.notCounted").fact(Fact.of("person", person)).fact(Fact.of("role", role));
    MlgExclusion exclusion = input.exclusions().get(person);
    if (exclusion != null) {
      step.fact(Fact.sensitive("exclusion", exclusion, SensitiveCategory.LOCATION));
    } else if (category == MemberCategory.LIVING_APART) {
      step.fact(Fact.sensitive("reason", category, SensitiveCategory.LOCATION));
    } else {
      step.fact(Fact.of("reason", category));
    }
    return step.citation(RULE_2021).build();
  }
}
