package org.communitygov.rules.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceRulesTest {
  @Test
  void listsTheThreeServiceRulesWithTheirRuleCases() {
    assertThat(new ServiceRules().entries())
        .extracting(e -> e.name() + " " + e.id() + " " + e.cases())
        .containsExactly(
            "service-gap service.gap service-gap.json",
            "service-quality service.quality service-quality.json",
            "service-eligibility service.eligibility service-eligibility.json");
  }
}
