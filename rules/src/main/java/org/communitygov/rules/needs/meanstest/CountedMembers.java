package org.communitygov.rules.needs.meanstest;

import java.time.LocalDate;
import java.util.Arrays;
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
import org.communitygov.rules.engine.LegalReference;
import org.communitygov.rules.engine.LocalizedText;
import org.communitygov.rules.engine.ResolvedParameter;
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

  private static final MemberCategory[] CATEGORIES = MemberCategory.values();

  private static final Step[] NONE = new Step[0];

  // A member not counted: excluded, living apart, or with no support obligation. Values: the
  // person, the role, the exclusion or reason.
  private static final StepTemplate EXCLUDED = notCounted("exclusion", SensitiveCategory.LOCATION);
  private static final StepTemplate LIVING_APART = notCounted("reason", SensitiveCategory.LOCATION);
  private static final StepTemplate NOT_COUNTED = notCounted("reason", null);

  // The members step of each set of categories present (a bit per category), made on first use;
  // the race is benign (equal templates). Values: each category's members, the count.
  private static final StepTemplate[] MEMBERS = new StepTemplate[1 << CATEGORIES.length];

  /**
   * The counted members, in membership order; households are small. A person's memberships never
   * overlap (a household invariant), so no one is listed twice.
   */
  private final PersonId[] counted;

  private final int size;

  /** The step listing the members by category. */
  final Step step;

  /** The steps of the members not counted, in membership order; usually none. */
  final Step[] notCounted;

  private CountedMembers(PersonId[] counted, int size, Step step, Step[] notCounted) {
    this.counted = counted;
    this.size = size;
    this.step = step;
    this.notCounted = notCounted;
  }

  int size() {
    return size;
  }

  /** Whether a person is counted. */
  boolean counts(PersonId person) {
    for (int i = 0; i < size; i++) {
      if (counted[i].equals(person)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Finds the counted members of a household on a date.
   *
   * @throws InvalidValueException with code {@code <fact>.member} if {@code exclusions}, {@code
   *     dependentAdultChildren} or {@code livingApart} names a person who is not in the household,
   *     or {@code dependentAdultChildren.child} if it names a member on the date who is not a child
   */
  static CountedMembers of(MeansTestInput input, Household household, MeansTestParameters p) {
    LocalDate date = p.date;
    requireMembers("exclusions", input.exclusions().keySet(), household);
    requireMembers("dependentAdultChildren", input.dependentAdultChildren(), household);
    requireMembers("livingApart", input.livingApart(), household);
    List<Membership> memberships = household.memberships();
    int n = memberships.size();
    // The counted members with their categories, in membership order.
    PersonId[] counted = new PersonId[n];
    byte[] categories = new byte[n];
    int size = 0;
    int present = 0; // bit set of the categories listed
    Step[] notCounted = NONE;
    for (int i = 0; i < n; i++) {
      Membership m = memberships.get(i);
      if (!m.isActiveOn(date)) {
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
      MemberCategory category = categorize(input, person, m.role(), date, p.adultsBornBy);
      if (category.counted()) {
        counted[size] = id;
        categories[size++] = (byte) category.ordinal();
        present |= 1 << category.ordinal();
      } else {
        notCounted = Arrays.copyOf(notCounted, notCounted.length + 1);
        notCounted[notCounted.length - 1] = notCounted(input, id, m.role(), category);
      }
    }
    return new CountedMembers(
        counted, size, membersStep(p.adultAge, present, counted, categories, size), notCounted);
  }

  /**
   * The members of one category as a fact value: a view of the members listed for the step, joined
   * into text ({@code P1, P2}) only when an explanation is rendered.
   */
  private record Listed(PersonId[] ids, byte[] categories, int count, MemberCategory category) {
    @Override
    public String toString() {
      StringJoiner text = new StringJoiner(", ");
      for (int i = 0; i < count; i++) {
        if (categories[i] == category.ordinal()) {
          text.add(ids[i].toString());
        }
      }
      return text.toString();
    }
  }

  /** A per-member fact that names someone outside the household is a mistake, never ignored. */
  private static void requireMembers(String fact, Set<PersonId> ids, Household household) {
    if (ids.isEmpty()) {
      return;
    }
    for (PersonId id : ids) {
      if (household.member(id).isEmpty()) {
        throw InvalidValueException.of(
            fact, "member", fact + " names person " + id + ", who is not in the household");
      }
    }
  }

  static MemberCategory categorize(
      MeansTestInput input,
      Person person,
      MemberRole role,
      LocalDate date,
      LocalDate adultsBornBy) {
    if (input.exclusions().containsKey(person.id())) {
      return MemberCategory.EXCLUDED;
    }
    boolean apart = input.livingApart().contains(person.id());
    return switch (role) {
      case HEAD -> MemberCategory.APPLICANT;
      case SPOUSE -> MemberCategory.SPOUSE;
      case CHILD -> {
        if (minor(person, date, adultsBornBy)) {
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
      return EXCLUDED.step(person, role, exclusion);
    }
    return (category == MemberCategory.LIVING_APART ? LIVING_APART : NOT_COUNTED)
        .step(person, role, category);
  }

  private static StepTemplate notCounted(String why, @Nullable SensitiveCategory category) {
    StepTemplateBuilder b = StepTemplate.builder("mlg.notCounted").fact("person").fact("role");
    return (category == null ? b.fact(why) : b.fact(why, category)).citation(RULE_2021).build();
  }

  /**
   * Whether a person is under the age of majority ({@code mlg.members.adultAge}) on the date: born
   * after the day that many years before the date (a birth after the date throws, as {@code
   * person.ageOn(date)} does).
   */
  private static boolean minor(Person person, LocalDate date, LocalDate adultsBornBy) {
    LocalDate birth = person.birthDate();
    if (birth.isAfter(date)) {
      person.ageOn(date); // throws: born after the date
    }
    return birth.isAfter(adultsBornBy);
  }

  /**
   * The step listing the counted members by category: one fact per category present, in category
   * order (at most the five counted categories), then the count.
   */
  private static Step membersStep(
      ResolvedParameter<Integer> adultAge,
      int present,
      PersonId[] counted,
      byte[] categories,
      int size) {
    int b1 = present & (present - 1);
    int b2 = b1 & (b1 - 1);
    int b3 = b2 & (b2 - 1);
    int b4 = b3 & (b3 - 1);
    Object l0 = present == 0 ? null : listed(present, counted, categories, size);
    Object l1 = b1 == 0 ? null : listed(b1, counted, categories, size);
    Object l2 = b2 == 0 ? null : listed(b2, counted, categories, size);
    Object l3 = b3 == 0 ? null : listed(b3, counted, categories, size);
    Object l4 = b4 == 0 ? null : listed(b4, counted, categories, size);
    StepTemplate t = members(present);
    return switch (Integer.bitCount(present)) {
      case 0 -> t.step(adultAge, size);
      case 1 -> t.step(adultAge, l0, size);
      case 2 -> t.step(adultAge, l0, l1, size);
      case 3 -> t.step(adultAge, l0, l1, l2, size);
      case 4 -> t.step(adultAge, l0, l1, l2, l3, size);
      default -> t.stepOf(adultAge, l0, l1, l2, l3, l4, size);
    };
  }

  /**
   * The members of the lowest category in a set of categories, as a fact value: the member itself
   * when alone in the category (the same text), else a {@link Listed}.
   */
  private static Object listed(int bits, PersonId[] counted, byte[] categories, int size) {
    int category = Integer.numberOfTrailingZeros(bits);
    int found = -1;
    for (int i = 0; i < size; i++) {
      if (categories[i] == category) {
        if (found >= 0) {
          return new Listed(counted, categories, size, CATEGORIES[category]);
        }
        found = i;
      }
    }
    return counted[found];
  }

  /** The members step of a set of categories. */
  private static StepTemplate members(int present) {
    StepTemplate t = MEMBERS[present];
    if (t == null) {
      StepTemplateBuilder b = StepTemplate.builder("mlg.members").parameter().citation(RULE_2021);
      for (MemberCategory c : CATEGORIES) {
        if ((present & (1 << c.ordinal())) != 0) {
          b.fact(c.factName());
        }
      }
      t = b.result("countedMembers").build();
      MEMBERS[present] = t;
    }
    return t;
  }
}
