package org.communitygov.rules.needs;

import static org.assertj.core.api.Assertions.assertThat;

import org.communitygov.rules.engine.CatalogueEntry;
import org.junit.jupiter.api.Test;

/**
 * The source itself, not {@code Catalogue.shipped()}: the shipped catalogue is loaded once per JVM,
 * so only a test of the source notices a change in what it lists.
 */
class NeedsCatalogueTest {
  @Test
  void listsTheNeedsRulesByTheirCommandLineNames() {
    assertThat(new NeedsCatalogue().entries())
        .extracting(CatalogueEntry::name)
        .containsExactly(
            "mlg",
            "near-mlg",
            "extreme-poverty",
            "priority-groups",
            "elder-ability",
            "elder-ability-mzt039",
            "barthel");
  }

  @Test
  void addsThePlaceNamesToTheParameters() {
    assertThat(new NeedsCatalogue().parameterFiles())
        .containsExactly("/org/communitygov/rules/parameters/places.json");
  }
}
