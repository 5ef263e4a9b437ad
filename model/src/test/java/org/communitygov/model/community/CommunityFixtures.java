package org.communitygov.model.community;

import org.communitygov.model.common.DivisionCode;
import org.communitygov.model.common.LocalizedName;

/** Valid communities to vary in tests: the urban community of Hepingli and a village. */
final class CommunityFixtures {
  static final GridId G01 = GridId.of("G01");
  static final GridId G02 = GridId.of("G02");

  private CommunityFixtures() {}

  static Committee residentsCommittee() {
    return Committee.builder()
        .kind(CommitteeKind.RESIDENTS_COMMITTEE)
        .name(LocalizedName.of("和平里社区居民委员会"))
        .build();
  }

  static Township streetOffice() {
    return Township.builder()
        .kind(TownshipKind.STREET_OFFICE)
        .name(LocalizedName.of("七星岗街道办事处", "Qixinggang Subdistrict"))
        .divisionCode(DivisionCode.parse("500103003"))
        .build();
  }

  static Building building(String id, GridId grid) {
    return Building.builder().id(BuildingId.of(id)).name(id + "号楼").grid(grid).build();
  }

  /** Returns a builder of a valid urban community with two grids and two buildings. */
  static ImmutableCommunity.Builder hepingli() {
    return Community.builder()
        .id(CommunityId.of("cq-yz-qxg-hpl"))
        .kind(CommunityKind.URBAN_COMMUNITY)
        .name(LocalizedName.of("和平里社区", "Hepingli Community"))
        .divisionCode(DivisionCode.parse("500103003001"))
        .committee(residentsCommittee())
        .township(streetOffice())
        .addGrids(Grid.of(G01, "第一网格"), Grid.of(G02, "第二网格"))
        .addBuildings(building("B01", G01), building("B07", G02));
  }
}
