package org.communitygov.rules.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.communitygov.model.household.PersonId;
import org.junit.jupiter.api.Test;

class PriorityGroupsResultTest {
  private static final Set<PriorityGroup> ELDER =
      EnumSet.of(PriorityGroup.EMPTY_NEST_ELDERLY, PriorityGroup.VERY_ELDERLY);

  private static int bits(Set<PriorityGroup> groups) {
    int bits = 0;
    for (PriorityGroup g : groups) {
      bits |= PriorityGroupsResult.bit(g);
    }
    return bits;
  }

  @Test
  void madeByTheRuleEqualsTheBuiltOne() {
    PriorityGroupsResult built =
        PriorityGroupsResult.builder()
            .addHouseholdGroup(PriorityGroup.MLG_HOUSEHOLD)
            .putPersonGroup(Households.P1, ELDER)
            .build();
    PriorityGroupsResult made =
        PriorityGroupsResult.of(
            PriorityGroupsResult.set(PriorityGroupsResult.bit(PriorityGroup.MLG_HOUSEHOLD)),
            ArrayMap.of(
                new PersonId[] {Households.P1},
                new Set[] {PriorityGroupsResult.set(bits(ELDER))},
                1));

    assertThat(made).isEqualTo(built).hasSameHashCodeAs(built).hasToString(built.toString());
    assertThat(built).isEqualTo(made);
    assertThat(made.details()).isEqualTo(built.details());
    assertThat(made).isNotEqualTo(PriorityGroupsResult.of(Set.of(), Map.of()));
  }

  @Test
  void sharesOneUnmodifiableSetForEachCombinationOfGroups() {
    for (int bits = 0; bits < 1 << PriorityGroup.values().length; bits += 37) {
      Set<PriorityGroup> set = PriorityGroupsResult.set(bits);

      assertThat(bits(set)).isEqualTo(bits);
      assertThat(PriorityGroupsResult.set(bits)).isSameAs(set);
      assertThatThrownBy(() -> set.add(PriorityGroup.DISABLED))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }
}
