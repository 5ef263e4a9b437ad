package org.communitygov.model.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitygov.model.community.CommunityFixtures.G01;
import static org.communitygov.model.community.CommunityFixtures.building;
import static org.communitygov.model.community.CommunityFixtures.hepingli;

import org.communitygov.model.common.DivisionCode;
import org.communitygov.model.common.Extensions;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.LocalizedName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CommunityTest {
  static void assertInvalid(ImmutableCommunity.Builder builder, String code) {
    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).code())
        .isEqualTo(code);
  }

  @Nested
  class Building_ {
    @Test
    void buildsAValidUrbanCommunity() {
      Community community = hepingli().build();
      assertThat(community.grids()).hasSize(2);
      assertThat(community.buildings()).hasSize(2);
      assertThat(community.extensions()).isEqualTo(Extensions.empty());
    }

    @Test
    void buildsAVillageWithAVillagersCommittee() {
      Community village =
          hepingli()
              .kind(CommunityKind.ADMINISTRATIVE_VILLAGE)
              .committee(
                  Committee.builder()
                      .kind(CommitteeKind.VILLAGERS_COMMITTEE)
                      .name(LocalizedName.of("新华村村民委员会"))
                      .build())
              .build();
      assertThat(village.kind()).isEqualTo(CommunityKind.ADMINISTRATIVE_VILLAGE);
    }

    @Test
    void buildsWithoutTownshipGridsOrBuildings() {
      Community bare =
          hepingli()
              .township(java.util.Optional.empty())
              .grids(java.util.List.of())
              .buildings(java.util.List.of())
              .build();
      assertThat(bare.township()).isEmpty();
      assertThat(bare.grids()).isEmpty();
    }

    @Test
    void rejectsNullAttributes() {
      assertThatNullPointerException().isThrownBy(() -> hepingli().id(null));
      assertThatNullPointerException().isThrownBy(() -> hepingli().committee(null));
      assertThatNullPointerException().isThrownBy(() -> hepingli().addGrid(null));
    }

    @Test
    void rejectsAMissingRequiredAttribute() {
      assertThatThrownBy(() -> Community.builder().id(CommunityId.of("c1")).build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("kind");
    }

    @Test
    void roundTripsThroughItsBuilder() {
      Community community = hepingli().build();
      assertThat(Community.builder().from(community).build()).isEqualTo(community);
      assertThat(community.toString()).contains("cq-yz-qxg-hpl").contains("和平里社区");
    }
  }

  @Nested
  class TheCommitteeKind {
    @Test
    void rejectsAVillagersCommitteeForAnUrbanCommunity() {
      assertInvalid(
          hepingli()
              .committee(
                  Committee.builder()
                      .kind(CommitteeKind.VILLAGERS_COMMITTEE)
                      .name(LocalizedName.of("x"))
                      .build()),
          "committee.kind");
    }

    @Test
    void rejectsAResidentsCommitteeForAVillage() {
      assertInvalid(hepingli().kind(CommunityKind.ADMINISTRATIVE_VILLAGE), "committee.kind");
    }

    @Test
    void governingMapsEachCommunityKind() {
      assertThat(CommitteeKind.governing(CommunityKind.URBAN_COMMUNITY))
          .isEqualTo(CommitteeKind.RESIDENTS_COMMITTEE);
      assertThat(CommitteeKind.governing(CommunityKind.ADMINISTRATIVE_VILLAGE))
          .isEqualTo(CommitteeKind.VILLAGERS_COMMITTEE);
    }
  }

  @Nested
  class GridsAndBuildings {
    @Test
    void rejectsADuplicateGridId() {
      assertInvalid(hepingli().addGrid(Grid.of(G01, "又一网格")), "grids.duplicateId");
    }

    @Test
    void rejectsADuplicateBuildingId() {
      assertInvalid(hepingli().addBuilding(building("B01", G01)), "buildings.duplicateId");
    }

    @Test
    void rejectsABuildingNamingAnUnknownGrid() {
      assertInvalid(
          hepingli().addBuilding(building("B09", GridId.of("G99"))), "buildings.unknownGrid");
    }

    @Test
    void acceptsABuildingWithoutGrid() {
      Community community =
          hepingli()
              .addBuilding(Building.builder().id(BuildingId.of("B09")).name("9号楼").build())
              .build();
      assertThat(community.buildings()).hasSize(3);
    }
  }

  @Nested
  class TheDivisionCode {
    @Test
    void rejectsACommunityOutsideItsTownship() {
      assertInvalid(
          hepingli().divisionCode(DivisionCode.parse("500103004001")),
          "divisionCode.outsideTownship");
    }

    @Test
    void acceptsACommunityInItsTownship() {
      assertThat(hepingli().divisionCode(DivisionCode.parse("500103003099")).build().divisionCode())
          .isEqualTo(DivisionCode.parse("500103003099"));
    }

    @Test
    void skipsTheCheckWhenTheTownshipHasNoCode() {
      Township noCode =
          Township.builder()
              .kind(TownshipKind.STREET_OFFICE)
              .name(LocalizedName.of("七星岗街道"))
              .build();
      Community community =
          hepingli().township(noCode).divisionCode(DivisionCode.parse("110105001001")).build();
      assertThat(community.divisionCode()).isEqualTo(DivisionCode.parse("110105001001"));
      assertThat(community.township()).contains(noCode);
    }
  }
}
