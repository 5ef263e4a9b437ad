package org.communitygov.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.communitygov.model.community.Community;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.HouseholdId;
import org.communitygov.model.household.PersonId;
import org.communitygov.model.household.PopulationGroup;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ExamplesTest {
  static final Path EXAMPLES = Path.of("..", "docs", "examples");
  static final LocalDate ON = LocalDate.of(2026, 11, 20);
  final JsonMapper json = CommunityGovMappers.strict();

  <T> List<T> records(String file, Class<T> type) throws IOException {
    JsonNode envelope = json.readTree(EXAMPLES.resolve(file).toFile());
    List<T> out = new ArrayList<>();
    for (JsonNode record : envelope.get("records")) {
      out.add(json.treeToValue(record, type));
    }
    return out;
  }

  Map<HouseholdId, Household> households() throws IOException {
    return records("hepingli-households.json", Household.class).stream()
        .collect(Collectors.toMap(Household::id, h -> h));
  }

  @Nested
  class TheHepingliCommunity {
    @Test
    void loadsAndRoundTripsExactly() throws IOException {
      JsonNode envelope = json.readTree(EXAMPLES.resolve("hepingli-community.json").toFile());
      JsonNode record = envelope.get("records").get(0);
      Community community = json.treeToValue(record, Community.class);
      assertThat((JsonNode) json.valueToTree(community)).isEqualTo(record);
      assertThat(community.grids()).hasSize(2);
      assertThat(community.extensions().get("cn.gov.cq.yuzhong")).isPresent();
    }
  }

  @Nested
  class TheHepingliHouseholds {
    @Test
    void roundTripEveryRecordExactly() throws IOException {
      JsonNode envelope = json.readTree(EXAMPLES.resolve("hepingli-households.json").toFile());
      for (JsonNode record : envelope.get("records")) {
        Household household = json.treeToValue(record, Household.class);
        assertThat((JsonNode) json.valueToTree(household))
            .as(household.id().value())
            .isEqualTo(record);
      }
    }

    @Test
    void holdAnElderlyPersonLivingAlone() throws IOException {
      Household h = households().get(HouseholdId.of("H001"));
      assertThat(h.populationGroupsOn(PersonId.of("P0001"), ON))
          .contains(
              PopulationGroup.ELDERLY,
              PopulationGroup.VERY_ELDERLY,
              PopulationGroup.LIVING_ALONE,
              PopulationGroup.EMPTY_NEST);
    }

    @Test
    void holdAMinimumLivingGuaranteeHouseholdWithADisabledMember() throws IOException {
      Household h = households().get(HouseholdId.of("H002"));
      assertThat(h.populationGroupsOn(PersonId.of("P0004"), ON))
          .contains(PopulationGroup.SEVERELY_DISABLED, PopulationGroup.MLG_HOUSEHOLD);
      assertThat(h.sizeOn(ON)).isEqualTo(3);
    }

    @Test
    void holdAMigrantFamilyWithAChildWithoutCitizenId() throws IOException {
      Household h = households().get(HouseholdId.of("H003"));
      assertThat(h.member(PersonId.of("P0007")).orElseThrow().citizenId()).isEmpty();
      assertThat(h.populationGroupsOn(PersonId.of("P0007"), ON))
          .contains(PopulationGroup.MIGRANT, PopulationGroup.CHILD, PopulationGroup.CHILD_UNDER_14);
    }

    @Test
    void holdAHouseholdWhoseHeadChangedDuringTheYear() throws IOException {
      Household h = households().get(HouseholdId.of("H004"));
      assertThat(h.headOn(LocalDate.of(2026, 3, 9)).orElseThrow().id())
          .isEqualTo(PersonId.of("P0008"));
      assertThat(h.headOn(LocalDate.of(2026, 3, 10)).orElseThrow().id())
          .isEqualTo(PersonId.of("P0009"));
      assertThat(h.sizeOn(LocalDate.of(2026, 3, 9))).isEqualTo(2);
      assertThat(h.populationGroupsOn(PersonId.of("P0009"), ON))
          .contains(PopulationGroup.LIVING_ALONE);
    }

    @Test
    void holdAThreeGenerationHousehold() throws IOException {
      Household h = households().get(HouseholdId.of("H005"));
      assertThat(h.sizeOn(ON)).isEqualTo(6);
      assertThat(h.populationGroupsOn(PersonId.of("P0010"), ON))
          .contains(PopulationGroup.ELDERLY)
          .doesNotContain(PopulationGroup.EMPTY_NEST);
    }
  }
}
