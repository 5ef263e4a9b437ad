package org.communitygov.api.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.communitygov.model.community.Community;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.Person;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SizeLimitsTest {
  private final Bindings bindings = new Bindings();

  @Nested
  class TheLimitsComeFromTheModelsSizeConstraints {
    @Test
    void aHouseholdsMembersAndMembershipsAreLimitedWithTheConstraintsArguments() {
      SizeLimits limits = bindings.sizeLimits(Household.class);

      assertThat(limits.of(Household.class))
          .containsOnlyKeys("members", "memberships")
          .containsEntry(
              "memberships",
              new SizeLimits.Limit(400, false, "constraint.Size", Map.of("min", "1", "max", "400")))
          .containsEntry(
              "members",
              new SizeLimits.Limit(
                  100, false, "constraint.Size", Map.of("min", "1", "max", "100")));
    }

    @Test
    void aMembersChronicConditionsAreASetCountedByDistinctElements() {
      SizeLimits limits = bindings.sizeLimits(Household.class);

      assertThat(limits.of(Person.class))
          .containsExactly(
              Map.entry(
                  "chronicConditions",
                  new SizeLimits.Limit(
                      50, true, "constraint.Size", Map.of("min", "0", "max", "50"))));
      assertThat(limits.reaches(bindings.type(Person.class))).isTrue();
    }

    @Test
    void aCommunityHoldsNoLimitedCollectionSoItsRecordsAreNotWalked() {
      SizeLimits limits = bindings.sizeLimits(Community.class);

      assertThat(limits.reaches(bindings.type(Community.class))).isFalse();
      assertThat(limits.of(Community.class)).isEmpty();
    }

    @Test
    void theLimitsOfAKindAreFoundOnce() {
      assertThat(bindings.sizeLimits(Household.class))
          .isSameAs(bindings.sizeLimits(Household.class));
    }
  }
}
