package org.communitygov.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.communitygov.api.exchange.ExchangeValidator;
import org.communitygov.api.exchange.ValidationIssue;
import org.communitygov.model.household.AssistanceStatus;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.PopulationGroup;
import org.junit.jupiter.api.Test;

/**
 * Documents written before the glossary's near-MLG spelling (ADR 0105) are still read: the old wire
 * values bind to the renamed constants, and only the new ones are written.
 */
class FormerSpellingsTest {
  final JsonMapper json = CommunityGovMappers.strict();

  @Test
  void theOldAssistanceStatusesReadAsMlgAndNearMlg() throws IOException {
    assertThat(json.readValue("\"MINIMUM_LIVING_GUARANTEE\"", AssistanceStatus.class))
        .isEqualTo(AssistanceStatus.MLG);
    assertThat(json.readValue("\"NEAR_MINIMUM_LIVING_GUARANTEE\"", AssistanceStatus.class))
        .isEqualTo(AssistanceStatus.NEAR_MLG);
    assertThat(json.writeValueAsString(AssistanceStatus.NEAR_MLG)).isEqualTo("\"NEAR_MLG\"");
  }

  @Test
  void theOldPopulationGroupsReadAsTheMlgHouseholdGroups() throws IOException {
    assertThat(json.readValue("\"MINIMUM_LIVING_GUARANTEE_HOUSEHOLD\"", PopulationGroup.class))
        .isEqualTo(PopulationGroup.MLG_HOUSEHOLD);
    assertThat(json.readValue("\"NEAR_MINIMUM_LIVING_GUARANTEE_HOUSEHOLD\"", PopulationGroup.class))
        .isEqualTo(PopulationGroup.NEAR_MLG_HOUSEHOLD);
    assertThat(json.writeValueAsString(PopulationGroup.MLG_HOUSEHOLD))
        .isEqualTo("\"MLG_HOUSEHOLD\"");
  }

  @Test
  void aHouseholdWrittenWithTheOldSpellingReadsAsTheGoldenHousehold() throws IOException {
    String golden = Files.readString(GoldenJsonTest.GOLDEN.resolve("household.json"));
    String before = golden.replace("\"MLG\"", "\"MINIMUM_LIVING_GUARANTEE\"");
    assertThat(before).isNotEqualTo(golden);

    Household read = json.readValue(before, Household.class);

    assertThat(read).isEqualTo(JsonFixtures.household());
    assertThat(read.assistance()).containsExactly(AssistanceStatus.MLG);
  }

  @Test
  void theValidatorReportsNothingMoreOfAnExampleDocumentWithTheOldSpelling() throws IOException {
    String now = Files.readString(Path.of("..", "docs", "examples", "hepingli-households.json"));
    String before = now.replace("\"MLG\"", "\"MINIMUM_LIVING_GUARANTEE\"");
    assertThat(before).isNotEqualTo(now);

    assertThat(codes(before)).isEqualTo(codes(now)).noneMatch(c -> c.endsWith("enum"));
  }

  private static List<String> codes(String document) throws IOException {
    return ExchangeValidator.builder()
        .build()
        .validate(new StringReader(document))
        .issues()
        .stream()
        .map(ValidationIssue::code)
        .toList();
  }
}
