package org.communitygov.rules.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.communitygov.rules.engine.Catalogue;
import org.communitygov.rules.engine.CatalogueEntry;
import org.communitygov.rules.engine.DecisionJson;
import org.communitygov.rules.engine.DecisionRecord;
import org.communitygov.rules.engine.Jurisdiction;
import org.communitygov.rules.engine.Outcome;
import org.communitygov.rules.engine.ParameterSet;
import org.communitygov.rules.engine.Reproduction;
import org.communitygov.rules.engine.Rule;
import org.communitygov.rules.needs.meanstest.MlgParameters;
import org.communitygov.rules.needs.meanstest.NearMlgEligibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ids written before the glossary's near-MLG spelling (ADR 0105) are still read: a rule is found by
 * its former id, a parameter file that sets a former parameter id sets the current one, and the
 * records in {@code golden/records-with-former-ids}, written by the code before the rename,
 * reproduce exactly.
 */
class FormerIdsTest {
  static final Path RECORDS = Path.of("src/test/resources/golden/records-with-former-ids");

  /** A parameter file as written before the rename: a national multiple of 2.0 from 2024. */
  static final String FORMER_FILE =
      """
      {"topic": "t", "parameters": [{"id": "mlg.nearPoor.incomeMultiple", "type": "DECIMAL",
        "unit": "ratio", "values": [{"jurisdiction": "national", "effectiveFrom": "2024-01-01",
          "value": 2.0, "confidence": "UNCONFIRMED",
          "reference": {"document": {"zh": "文件", "en": "document"}}}]}]}
      """;

  static ParameterSet formerFile() {
    return ParameterSet.load(
        new ByteArrayInputStream(FORMER_FILE.getBytes(StandardCharsets.UTF_8)), "former.json");
  }

  static DecisionRecord record(String name) throws IOException {
    return DecisionJson.readRecord(Files.readString(RECORDS.resolve(name + ".json")));
  }

  @SuppressWarnings("unchecked")
  static Reproduction<Outcome> reproduce(DecisionRecord record, ParameterSet parameters) {
    Rule<Object, Outcome> rule =
        (Rule<Object, Outcome>) Catalogue.shipped().find(record.ruleId()).orElseThrow().rule();
    return record.reproduce(rule, parameters);
  }

  @Test
  void theCatalogueFindsTheNearMlgRuleByItsFormerId() {
    assertThat(Catalogue.shipped().find("needs.mlg.nearPoor").map(CatalogueEntry::name))
        .contains("near-mlg");
    assertThat(Catalogue.shipped().currentId("needs.mlg.nearPoor"))
        .isEqualTo(NearMlgEligibility.ID)
        .isEqualTo("needs.mlg.nearMlg");
    assertThat(Catalogue.shipped().currentId("mlg.nearPoor.incomeMultiple"))
        .isEqualTo("mlg.nearMlg.incomeMultiple");
    assertThat(Catalogue.shipped().currentId("mlg.standard.urban")).isEqualTo("mlg.standard.urban");
  }

  @Test
  void aParameterFileWithTheFormerIdSetsTheCurrentParameter() {
    ParameterSet file = formerFile();
    assertThat(file.ids()).containsExactly("mlg.nearMlg.incomeMultiple");

    ParameterSet set = ParameterSet.defaults().withOverrides(file);

    assertThat(
            set.resolve(
                    MlgParameters.NEAR_MLG_INCOME_MULTIPLE,
                    Jurisdiction.parse("national"),
                    LocalDate.of(2024, 6, 1))
                .value())
        .isEqualByComparingTo(new BigDecimal("2.0"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"near-mlg", "priority-groups-near-mlg"})
  void aRecordWrittenWithTheFormerSpellingsReproducesExactly(String name) throws IOException {
    DecisionRecord before = record(name);
    assertThat(before.editedFields()).isEmpty();

    Reproduction<Outcome> again = reproduce(before, ParameterSet.defaults());

    assertThat(again.isExact()).as(again.toString()).isTrue();
    assertThat(again.changedParameters()).isEmpty();
    assertThat(DecisionJson.write(again.record()))
        .doesNotContain("nearPoor")
        .doesNotContain("MINIMUM_LIVING_GUARANTEE");
  }

  @Test
  void aRecordWithTheFormerParameterIdStillShowsAChangedValue() throws IOException {
    DecisionRecord before = record("near-mlg");
    assertThat(before.ruleId()).isEqualTo("needs.mlg.nearPoor");
    assertThat(before.parameters()).anyMatch(l -> l.startsWith("mlg.nearPoor.incomeMultiple|"));

    Reproduction<Outcome> again =
        reproduce(before, ParameterSet.defaults().withOverrides(formerFile()));

    assertThat(again.fingerprintMatches()).isFalse();
    assertThat(again.changedParameters())
        .hasSize(2)
        .anySatisfy(
            l -> assertThat(l).startsWith("- mlg.nearPoor.incomeMultiple|").contains("|1.5|"))
        .anySatisfy(
            l -> assertThat(l).startsWith("+ mlg.nearMlg.incomeMultiple|").contains("|2.0|"));
    assertThat(again.record().ruleId()).isEqualTo("needs.mlg.nearMlg");
  }
}
