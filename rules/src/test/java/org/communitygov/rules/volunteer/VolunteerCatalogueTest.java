package org.communitygov.rules.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.communitygov.rules.engine.Catalogue;
import org.communitygov.rules.engine.CatalogueEntry;
import org.communitygov.rules.engine.ParameterSet;
import org.junit.jupiter.api.Test;

class VolunteerCatalogueTest {
  @Test
  void listsTheVolunteerRulesInTheShippedCatalogueWithTheirParameters() {
    assertThat(Catalogue.shipped().entries())
        .extracting(CatalogueEntry::name)
        .containsSubsequence("volunteer-stars", "volunteer-hours", "volunteer-certificate");
    assertThat(Catalogue.shipped().find("volunteer.starLevel").map(CatalogueEntry::rule))
        .containsSame(StarLevel.rule());
    assertThat(ParameterSet.defaults().ids())
        .contains(
            "volunteer.stars.star1.minHours",
            "volunteer.stars.star5.minHours",
            "volunteer.medal.gold.minHours");
  }
}
