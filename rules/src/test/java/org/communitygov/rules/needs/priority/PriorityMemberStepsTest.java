package org.communitygov.rules.needs.priority;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PriorityMemberStepsTest {
  @Test
  void sharesTheGroupResultsWithTheirGroupsSensitivity() {
    for (PriorityGroup g : PriorityGroup.values()) {
      assertThat(PriorityMemberSteps.GROUP[g.ordinal()].sensitivity()).isEqualTo(g.sensitivity());
    }
  }
}
