package org.communitygov.rules.needs.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.communitygov.model.household.AssistanceStatus;
import org.communitygov.model.household.Disability;
import org.communitygov.model.household.DisabilityCategory;
import org.communitygov.model.household.MemberRole;
import org.communitygov.model.household.Membership;
import org.communitygov.model.household.Person;
import org.communitygov.model.household.PersonId;
import org.communitygov.rules.needs.shared.HouseholdInput;
import org.communitygov.rules.needs.shared.Households;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class PriorityGroupsResultTest {
  private static final Set<PriorityGroup> ELDER =
      EnumSet.of(PriorityGroup.EMPTY_NEST_ELDERLY, PriorityGroup.VERY_ELDERLY);

  @Test
  void equalsAResultOfTheSameGroupsAndShowsOnlyItsCode() {
    PriorityGroupsResult built =
        PriorityGroupsResult.builder()
            .addHouseholdGroup(PriorityGroup.MLG_HOUSEHOLD)
            .putPersonGroup(Households.P1, ELDER)
            .build();
    PriorityGroupsResult same =
        PriorityGroupsResult.builder()
            .householdGroups(Set.of(PriorityGroup.MLG_HOUSEHOLD))
            .personGroups(Map.of(Households.P1, EnumSet.copyOf(ELDER)))
            .build();

    assertThat(same).isEqualTo(built).hasSameHashCodeAs(built).hasToString(built.toString());
    assertThat(built).hasToString("PriorityGroupsResult{PRIORITY}");
    assertThat(same.details()).isEqualTo(built.details());
    assertThat(same).isNotEqualTo(PriorityGroupsResult.builder().build());
  }

  /** Randomized: each household's result equals, and hashes as, its copy made by the builder. */
  @TestFactory
  Stream<DynamicTest> equalsItsBuiltCopy() {
    long seed = Long.getLong("communitygov.seed", 20241101L);
    Random random = new Random(seed);
    return IntStream.range(0, 30)
        .mapToObj(
            n -> {
              // The head's membership starts on 2000-01-01: born before it.
              var household =
                  Households.household(member(random, 0, LocalDate.of(1999, 12, 31), 75));
              int size = 1 + random.nextInt(5);
              for (int m = 1; m < size; m++) {
                Person p = member(random, m, PriorityGroupsTest.DATE, 95);
                household
                    .addMembers(p)
                    .addMemberships(Membership.of(p.id(), MemberRole.CHILD, p.birthDate()));
              }
              if (random.nextBoolean()) {
                household.addAssistance(
                    AssistanceStatus.values()[random.nextInt(AssistanceStatus.values().length)]);
              }
              HouseholdInput input = HouseholdInput.of(household.build());
              return DynamicTest.dynamicTest(
                  "seed " + seed + ": household " + n,
                  () -> {
                    PriorityGroupsResult r =
                        PriorityGroups.rule()
                            .evaluate(input, PriorityGroupsTest.CONTEXT)
                            .outcomeOrThrow();
                    PriorityGroupsResult copy = PriorityGroupsResult.builder().from(r).build();

                    assertThat(copy).isNotSameAs(r).isEqualTo(r).hasSameHashCodeAs(r);
                    assertThat(r).isEqualTo(copy);
                    assertThat(r.details()).isEqualTo(copy.details());
                  });
            });
  }

  private static Person member(Random random, int m, LocalDate latest, int years) {
    LocalDate born = latest.minusDays(random.nextInt(years * 366));
    var p =
        Person.builder()
            .from(Households.person(PersonId.of("P" + m), born.toString()))
            .birthDate(born);
    if (random.nextInt(4) == 0) {
      p.disability(Disability.of(DisabilityCategory.PHYSICAL, 1 + random.nextInt(4)));
    }
    return p.build();
  }
}
