package org.communitygov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.communitygov.rules.needs.meanstest.MlgEligibility;
import org.communitygov.rules.needs.meanstest.NearMlgEligibility;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CatalogueTest {
  static CatalogueEntry entry(String name, Rule<?, ?> rule) {
    return new CatalogueEntry(name, rule, List.of(), Optional.empty(), name + ".json");
  }

  static Catalogue.Source source(CatalogueEntry... entries) {
    return () -> List.of(entries);
  }

  @Nested
  class TheShippedCatalogue {
    @Test
    void listsEveryShippedRuleOnceByItsCommandLineName() {
      // the test class path adds the example of docs/rules.md (example.meal)
      assertThat(Catalogue.shipped().entries())
          .filteredOn(e -> !e.id().startsWith("example."))
          .extracting(CatalogueEntry::name)
          .startsWith(
              "mlg",
              "near-mlg",
              "extreme-poverty",
              "priority-groups",
              "elder-ability",
              "elder-ability-mzt039",
              "barthel",
              "service-gap",
              "service-quality",
              "service-eligibility");
    }

    @Test
    void findsARuleByNameOrById() {
      assertThat(Catalogue.shipped().find("mlg").map(CatalogueEntry::rule))
          .contains(MlgEligibility.rule());
      assertThat(Catalogue.shipped().find(NearMlgEligibility.ID).map(CatalogueEntry::name))
          .contains("near-mlg");
      assertThat(Catalogue.shipped().find("no-such-rule")).isEmpty();
    }

    @Test
    void loadsTheParameterFilesOfItsEntriesAsTheDefaults() {
      ParameterSet loaded = Catalogue.shipped().parameters();
      for (String id :
          List.of(
              "mlg.standard.urban",
              "extremePoverty.elderlyAge",
              "elderAbility.gbt42195.stacking",
              "priority.elderlyAge")) {
        assertThat(loaded.definition(id)).as(id).isPresent();
      }
      assertThat(ParameterSet.defaults().ids()).isEqualTo(loaded.ids());
      assertThat(loaded.ids()).contains("mlg.members.adultAge");
    }
  }

  @Nested
  class ACatalogueOfSources {
    @Test
    void rejectsTwoEntriesWithOneName() {
      assertThatThrownBy(
              () ->
                  Catalogue.of(
                      List.of(
                          source(entry("a", MlgEligibility.rule())),
                          source(entry("a", NearMlgEligibility.rule())))))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("a");
    }

    @Test
    void rejectsTwoEntriesWithOneRule() {
      assertThatThrownBy(
              () ->
                  Catalogue.of(
                      List.of(
                          source(
                              entry("a", MlgEligibility.rule()),
                              entry("b", MlgEligibility.rule())))))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(MlgEligibility.ID);
    }

    @Test
    void reportsAParameterFileMissingFromTheResources() {
      Catalogue c =
          Catalogue.of(
              List.of(
                  source(
                      new CatalogueEntry(
                          "x",
                          MlgEligibility.rule(),
                          List.of("/no/such/file.json"),
                          Optional.empty(),
                          "x.json"))));
      assertThatThrownBy(c::parameters)
          .isInstanceOf(ParameterFileException.class)
          .hasMessageContaining("file.json");
    }
  }
}
