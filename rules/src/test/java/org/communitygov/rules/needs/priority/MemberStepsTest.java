package org.communitygov.rules.needs.priority;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemberStepsTest {
  @Test
  void sharesTheGroupResultsWithTheirGroupsSensitivity() {
    for (PriorityGroup g : PriorityGroup.values()) {
      assertThat(MemberSteps.groupFact(g).sensitivity()).isEqualTo(g.sensitivity());
    }
  }
}
