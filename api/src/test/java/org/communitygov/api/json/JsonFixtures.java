package org.communitygov.api.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communitygov.model.common.CitizenId;
import org.communitygov.model.common.DateRange;
import org.communitygov.model.common.DivisionCode;
import org.communitygov.model.common.Extensions;
import org.communitygov.model.common.LocalizedName;
import org.communitygov.model.common.Money;
import org.communitygov.model.common.PhoneNumber;
import org.communitygov.model.common.Sex;
import org.communitygov.model.common.SocialCreditCode;
import org.communitygov.model.community.Building;
import org.communitygov.model.community.BuildingId;
import org.communitygov.model.community.Committee;
import org.communitygov.model.community.CommitteeKind;
import org.communitygov.model.community.Community;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.community.CommunityKind;
import org.communitygov.model.community.Grid;
import org.communitygov.model.community.GridId;
import org.communitygov.model.community.Township;
import org.communitygov.model.community.TownshipKind;
import org.communitygov.model.household.Asset;
import org.communitygov.model.household.AssetType;
import org.communitygov.model.household.AssistanceStatus;
import org.communitygov.model.household.Disability;
import org.communitygov.model.household.DisabilityCategory;
import org.communitygov.model.household.EmploymentStatus;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.HouseholdId;
import org.communitygov.model.household.HouseholdKind;
import org.communitygov.model.household.HukouStatus;
import org.communitygov.model.household.IncomeItem;
import org.communitygov.model.household.IncomeType;
import org.communitygov.model.household.MemberRole;
import org.communitygov.model.household.Membership;
import org.communitygov.model.household.MembershipChange;
import org.communitygov.model.household.Person;
import org.communitygov.model.household.PersonId;

/**
 * Java fixtures of the wire format: one value of every serialized type, the values the golden files
 * under {@code src/test/resources/golden/} hold. The citizen IDs and phone numbers are made up
 * (valid check characters, {@code 199} test numbers).
 */
final class JsonFixtures {
  static final CommunityId HEPINGLI = CommunityId.of("cq-yz-qxg-hpl");
  static final GridId G01 = GridId.of("G01");
  static final BuildingId B01 = BuildingId.of("B01");

  private JsonFixtures() {}

  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  static Money cny(String amount) {
    return Money.ofCny(new BigDecimal(amount));
  }

  static LocalizedName localizedName() {
    return LocalizedName.of("七星岗街道办事处", "Qixinggang Street Office");
  }

  /** Local additions with nested objects, arrays, numbers of every kind, booleans and strings. */
  static Extensions extensions() {
    Map<String, Object> visits = new LinkedHashMap<>();
    visits.put("visitEveryDays", 7);
    visits.put("lastVisit", "2026-11-13");
    visits.put("subsidyRate", new BigDecimal("0.35"));
    visits.put("bigCounter", 12345678901234L);
    visits.put("flags", List.of(true, false, List.of(1, 2, Map.of("deep", "yes"))));
    Map<String, Object> note = new LinkedHashMap<>();
    note.put("zh", "每周走访");
    note.put("emptyObject", Map.of());
    note.put("emptyArray", List.of());
    note.put("emptyString", "");
    note.put("zero", 0);
    visits.put("note", note);
    return Extensions.of(Map.of("cn.gov.cq.yuzhong", visits));
  }

  static Committee committee() {
    return Committee.builder()
        .kind(CommitteeKind.RESIDENTS_COMMITTEE)
        .name(LocalizedName.of("和平里社区居民委员会"))
        .socialCreditCode(SocialCreditCode.parse("91350100M000100Y43"))
        .build();
  }

  static Township township() {
    return Township.builder()
        .kind(TownshipKind.STREET_OFFICE)
        .name(localizedName())
        .divisionCode(DivisionCode.parse("500103003"))
        .build();
  }

  static Grid grid() {
    return Grid.of(G01, "第一网格");
  }

  static Building building() {
    return Building.builder().id(B01).name("1号楼").grid(G01).dwellings(48).build();
  }

  static Community community() {
    return Community.builder()
        .id(HEPINGLI)
        .kind(CommunityKind.URBAN_COMMUNITY)
        .name(LocalizedName.of("和平里社区", "Hepingli Community"))
        .divisionCode(DivisionCode.parse("500103003001"))
        .committee(committee())
        .township(township())
        .addGrids(grid(), Grid.of(GridId.of("G02"), "第二网格"))
        .addBuildings(building(), Building.builder().id(BuildingId.of("B07")).name("7号楼").build())
        .extensions(Extensions.of(Map.of("cn.gov.cq.yuzhong", Map.of("serviceStationOpen", true))))
        .build();
  }

  /** A child without citizen ID or phone: only the required attributes. */
  static Person minimalPerson() {
    return Person.builder()
        .id(PersonId.of("P0007"))
        .name("张子涵")
        .birthDate(date("2019-06-01"))
        .sex(Sex.FEMALE)
        .hukou(HukouStatus.MIGRANT)
        .build();
  }

  static Disability disability() {
    return Disability.of(DisabilityCategory.PHYSICAL, 2);
  }

  /** A person with every attribute set. */
  static Person fullPerson() {
    return Person.builder()
        .id(PersonId.of("P0009"))
        .name("孙桂兰")
        .citizenId(CitizenId.parse("500103194406180285"))
        .birthDate(date("1944-06-18"))
        .sex(Sex.FEMALE)
        .hukou(HukouStatus.LOCAL)
        .disability(Disability.of(DisabilityCategory.VISUAL, 3))
        .addChronicConditions("E11", "I10")
        .employment(EmploymentStatus.RETIRED)
        .phone(PhoneNumber.parse("19900000009"))
        .extensions(Extensions.of(Map.of("cn.gov.cq.yuzhong", Map.of("carer", "P0010"))))
        .build();
  }

  static Membership membership() {
    return Membership.builder()
        .person(PersonId.of("P0009"))
        .role(MemberRole.SPOUSE)
        .period(DateRange.of(date("1966-10-01"), date("2026-03-10")))
        .joinReason(MembershipChange.MARRIAGE)
        .leaveReason(MembershipChange.HEAD_CHANGE)
        .build();
  }

  static IncomeItem incomeItem() {
    return IncomeItem.builder()
        .person(PersonId.of("P0009"))
        .type(IncomeType.PENSION)
        .amount(cny("33600.00"))
        .period(DateRange.of(date("2025-11-01"), date("2026-11-01")))
        .build();
  }

  static Asset asset() {
    return Asset.builder()
        .owner(PersonId.of("P0009"))
        .type(AssetType.DEPOSIT)
        .value(cny("3200.00"))
        .valuedOn(date("2026-10-31"))
        .build();
  }

  /**
   * A household with every attribute: a head who died on 2026-03-10 and a spouse who became head
   * that day, a grandchild without citizen ID, assistance, income, assets and extensions.
   */
  static Household household() {
    Person head =
        Person.builder()
            .id(PersonId.of("P0008"))
            .name("赵国华")
            .citizenId(CitizenId.parse("500103194001050116"))
            .birthDate(date("1940-01-05"))
            .sex(Sex.MALE)
            .hukou(HukouStatus.LOCAL)
            .employment(EmploymentStatus.RETIRED)
            .build();
    Person grandchild = Person.builder().from(minimalPerson()).hukou(HukouStatus.LOCAL).build();
    return Household.builder()
        .id(HouseholdId.of("H004"))
        .community(HEPINGLI)
        .address("和平里1号楼1单元201")
        .building(B01)
        .grid(G01)
        .kind(HouseholdKind.REGISTERED)
        .addMembers(head, fullPerson(), grandchild)
        .addMemberships(
            Membership.builder()
                .person(head.id())
                .role(MemberRole.HEAD)
                .period(DateRange.of(date("1966-10-01"), date("2026-03-10")))
                .leaveReason(MembershipChange.DEATH)
                .build(),
            membership(),
            Membership.builder()
                .person(PersonId.of("P0009"))
                .role(MemberRole.HEAD)
                .period(DateRange.ofOpenEnded(date("2026-03-10")))
                .joinReason(MembershipChange.HEAD_CHANGE)
                .build(),
            Membership.builder()
                .person(grandchild.id())
                .role(MemberRole.GRANDCHILD)
                .period(DateRange.ofOpenEnded(date("2019-06-01")))
                .joinReason(MembershipChange.BIRTH)
                .build())
        .addAssistance(AssistanceStatus.MLG)
        .addIncome(
            incomeItem(),
            IncomeItem.builder()
                .type(IncomeType.SOCIAL_ASSISTANCE)
                .amount(cny("7200.00"))
                .period(DateRange.of(date("2025-11-01"), date("2026-11-01")))
                .build())
        .addAssets(asset())
        .extensions(extensions())
        .build();
  }
}
