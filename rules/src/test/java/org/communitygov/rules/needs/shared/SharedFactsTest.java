package org.communitygov.rules.needs.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.rules.engine.Fact;
import org.junit.jupiter.api.Test;

class SharedFactsTest {
  @Test
  void sharesTheLevelFactsAsHealthData() {
    assertThat(SharedFacts.of(SharedFacts.LEVEL, 2)).isSameAs(SharedFacts.LEVEL[2]);
    for (Fact[] facts :
        new Fact[][] {
          SharedFacts.LEVEL, SharedFacts.INITIAL_LEVEL,
          SharedFacts.LEVEL_RAISE, SharedFacts.LEVEL_BEFORE_CAP
        }) {
      assertThat(facts)
          .allSatisfy(f -> assertThat(f.sensitivity()).contains(SensitiveCategory.HEALTH));
      assertThat(SharedFacts.of(facts, 99).sensitivity())
          .as("a value past the shared table keeps its sensitivity")
          .contains(SensitiveCategory.HEALTH);
    }
  }

  @Test
  void sharesFromZeroToTheEndOfTheTableAndMakesTheRest() {
    Fact[] table = SharedFacts.LEVEL;

    assertThat(SharedFacts.of(table, 0)).isSameAs(table[0]);
    assertThat(SharedFacts.of(table, table.length - 1)).isSameAs(table[table.length - 1]);
    Fact past = SharedFacts.of(table, table.length);
    assertThat(past.name()).isEqualTo(table[0].name());
    assertThat(past.value()).isEqualTo(String.valueOf(table.length));
    assertThat(SharedFacts.of(table, -1).value()).isEqualTo("-1");
  }

  @Test
  void leavesCountsAndTheTopLevelInClear() {
    assertThat(SharedFacts.of(SharedFacts.HOUSEHOLD_SIZE, 3).sensitivity()).isEmpty();
    assertThat(SharedFacts.of(SharedFacts.TOP_LEVEL, 4).sensitivity()).isEmpty();
  }
}
