package org.communitygov.api.hsds;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import org.communitygov.model.common.LocalizedName;
import org.communitygov.model.common.Money;
import org.communitygov.model.common.PhoneNumber;
import org.communitygov.model.common.SocialCreditCode;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.household.PopulationGroup;
import org.communitygov.model.service.Capacity;
import org.communitygov.model.service.CapacityPeriod;
import org.communitygov.model.service.CapacityUnit;
import org.communitygov.model.service.EligibilityReference;
import org.communitygov.model.service.Fee;
import org.communitygov.model.service.ImmutableService;
import org.communitygov.model.service.OpeningHours;
import org.communitygov.model.service.Provider;
import org.communitygov.model.service.ProviderContact;
import org.communitygov.model.service.ProviderId;
import org.communitygov.model.service.ProviderKind;
import org.communitygov.model.service.Schedule;
import org.communitygov.model.service.ScheduleException;
import org.communitygov.model.service.Service;
import org.communitygov.model.service.ServiceCatalogue;
import org.communitygov.model.service.ServiceCategory;
import org.communitygov.model.service.ServiceId;
import org.communitygov.model.service.ServiceStatus;
import org.communitygov.model.service.Site;
import org.communitygov.model.service.SiteId;
import org.communitygov.model.service.SupplyMode;

/**
 * A small service catalogue of 和平里社区 (fictitious providers, codes and phone numbers): 13 services
 * over all four supply modes. It is {@code docs/examples/services/hepingli-catalogue.json}.
 */
public final class HepingliCatalogue {
  public static final CommunityId HEPINGLI = CommunityId.of("hepingli");
  static final SiteId CENTRE = SiteId.of("L-CENTRE");
  static final SiteId CANTEEN = SiteId.of("L-CANTEEN");
  static final SiteId HEALTH_STATION = SiteId.of("L-HEALTH");
  static final LocalTime NINE = LocalTime.of(9, 0);

  private HepingliCatalogue() {}

  /** The catalogue. */
  public static ServiceCatalogue catalogue() {
    return ServiceCatalogue.builder()
        .addProviders(
            provider(
                    "P-STREET",
                    "和平里街道办事处",
                    "Hepingli Street Office",
                    ProviderKind.GOVERNMENT_DEPARTMENT)
                .socialCreditCode(code("11110101MB000001"))
                .addContact(ProviderContact.of("服务热线", PhoneNumber.parse("010-64200001")))
                .build(),
            provider(
                    "P-COMMITTEE",
                    "和平里社区居民委员会",
                    "Hepingli Residents' Committee",
                    ProviderKind.COMMUNITY_COMMITTEE)
                .socialCreditCode(code("51110101MC000002"))
                .build(),
            provider(
                    "P-HEALTH",
                    "和平里社区卫生服务站",
                    "Hepingli Health Station",
                    ProviderKind.PUBLIC_INSTITUTION)
                .socialCreditCode(code("12110101MD000003"))
                .addContact(ProviderContact.of("预约电话", PhoneNumber.parse("010-64200003")))
                .build(),
            provider(
                    "P-SOCIAL",
                    "和平里乐龄社会工作服务中心",
                    "Hepingli Silver Age Social Work Centre",
                    ProviderKind.SOCIAL_ORGANIZATION)
                .socialCreditCode(code("52110101ME000004"))
                .description("承接街道政府购买的居家养老服务")
                .build(),
            provider("P-KITCHEN", "和平里长者食堂", "Hepingli Elders' Canteen", ProviderKind.ENTERPRISE)
                .socialCreditCode(code("91110101MF000005"))
                .build(),
            provider(
                    "P-VOLUNTEERS",
                    "邻里守望志愿服务队",
                    "Neighbourhood Watch Volunteers",
                    ProviderKind.VOLUNTEER_TEAM)
                .addContact(ProviderContact.of("队长", PhoneNumber.parse("13800000006")))
                .build(),
            provider(
                    "P-MARKET",
                    "和平里便民服务社",
                    "Hepingli Convenience Services",
                    ProviderKind.ENTERPRISE)
                .socialCreditCode(code("92110101MG000007"))
                .build())
        .addSites(
            site(CENTRE, "和平里社区综合服务中心", "Hepingli Community Service Centre", "和平里七区16号楼"),
            site(CANTEEN, "和平里长者食堂", "Hepingli Elders' Canteen", "和平里九区3号楼底商"),
            Site.builder()
                .from(site(HEALTH_STATION, "和平里社区卫生服务站", "Hepingli Health Station", "和平里五区8号"))
                .latitude(new BigDecimal("39.9612"))
                .longitude(new BigDecimal("116.4170"))
                .build())
        .addServices(
            service(
                    "S-MEAL",
                    "老年助餐",
                    "Meals for older people",
                    ServiceCategory.MEAL_ASSISTANCE,
                    SupplyMode.PURCHASED,
                    "P-KITCHEN")
                .addSite(CANTEEN)
                .addTargetGroup(PopulationGroup.ELDERLY)
                .eligibility(
                    EligibilityReference.builder()
                        .rule("service.ageAtLeast")
                        .putParameter("age", "60")
                        .description(LocalizedName.of("本社区60周岁以上老人", "Residents aged 60 or more"))
                        .minimumAge(60)
                        .build())
                .addCapacity(Capacity.of(120, CapacityUnit.MEALS, CapacityPeriod.DAY))
                .addFee(fee(null, "15.00", "0.00"))
                .addFee(fee(PopulationGroup.VERY_ELDERLY, "15.00", "5.00"))
                .addFee(fee(PopulationGroup.MLG_HOUSEHOLD, "15.00", "10.00"))
                .schedule(
                    weekly(
                        EnumSet.allOf(DayOfWeek.class), LocalTime.of(11, 0), LocalTime.of(13, 0)))
                .build(),
            service(
                    "S-CLEAN",
                    "上门助洁",
                    "Home cleaning",
                    ServiceCategory.CLEANING,
                    SupplyMode.PURCHASED,
                    "P-SOCIAL")
                .addTargetGroups(PopulationGroup.LIVING_ALONE, PopulationGroup.DISABLED)
                .addCapacity(Capacity.of(200, CapacityUnit.HOURS, CapacityPeriod.MONTH))
                .addFee(fee(null, "40.00", "0.00"))
                .addFee(fee(PopulationGroup.LIVING_ALONE, "40.00", "30.00"))
                .build(),
            service(
                    "S-BATH",
                    "助浴服务",
                    "Bathing assistance",
                    ServiceCategory.BATHING,
                    SupplyMode.PURCHASED,
                    "P-SOCIAL")
                .addSite(CENTRE)
                .addTargetGroup(PopulationGroup.SEVERELY_DISABLED)
                .addCapacity(Capacity.of(40, CapacityUnit.VISITS, CapacityPeriod.MONTH))
                .addFee(fee(null, "60.00", "45.00"))
                .build(),
            service(
                    "S-CARE",
                    "居家生活照料",
                    "Daily care at home",
                    ServiceCategory.DAILY_CARE,
                    SupplyMode.PURCHASED,
                    "P-SOCIAL")
                .addTargetGroup(PopulationGroup.VERY_ELDERLY)
                .addCapacity(Capacity.of(300, CapacityUnit.HOURS, CapacityPeriod.MONTH))
                .addFee(fee(null, "50.00", "20.00"))
                .build(),
            service(
                    "S-WALK",
                    "助行陪同",
                    "Walking companions",
                    ServiceCategory.MOBILITY,
                    SupplyMode.VOLUNTEER_MUTUAL_AID,
                    "P-VOLUNTEERS")
                .addTargetGroups(PopulationGroup.ELDERLY, PopulationGroup.DISABLED)
                .addCapacity(Capacity.of(60, CapacityUnit.VISITS, CapacityPeriod.MONTH))
                .build(),
            service(
                    "S-VISIT",
                    "独居老人探访",
                    "Visits to older people living alone",
                    ServiceCategory.EMOTIONAL_SUPPORT,
                    SupplyMode.VOLUNTEER_MUTUAL_AID,
                    "P-VOLUNTEERS")
                .addTargetGroup(PopulationGroup.LIVING_ALONE)
                .addCapacity(Capacity.of(80, CapacityUnit.VISITS, CapacityPeriod.MONTH))
                .build(),
            service(
                    "S-CLINIC",
                    "家庭医生签约",
                    "Family doctor",
                    ServiceCategory.MEDICAL,
                    SupplyMode.PUBLIC,
                    "P-HEALTH")
                .addSite(HEALTH_STATION)
                .schedule(
                    Schedule.builder()
                        .addHour(
                            OpeningHours.weekly(
                                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                                LocalTime.of(8, 0),
                                LocalTime.of(17, 0)))
                        .addException(ScheduleException.closed(LocalDate.of(2026, 10, 1), "国庆节"))
                        .addException(
                            ScheduleException.open(
                                LocalDate.of(2026, 10, 10), NINE, LocalTime.of(12, 0)))
                        .build())
                .build(),
            service(
                    "S-REHAB",
                    "社区康复训练",
                    "Rehabilitation exercises",
                    ServiceCategory.REHABILITATION,
                    SupplyMode.PUBLIC,
                    "P-HEALTH")
                .addSite(HEALTH_STATION)
                .addTargetGroup(PopulationGroup.DISABLED)
                .addCapacity(Capacity.of(15, CapacityUnit.PLACES, CapacityPeriod.WEEK))
                .build(),
            service(
                    "S-CLASS",
                    "老年学堂",
                    "Classes for older people",
                    ServiceCategory.EDUCATION_CULTURE,
                    SupplyMode.PUBLIC,
                    "P-COMMITTEE")
                .addSite(CENTRE)
                .addTargetGroup(PopulationGroup.ELDERLY)
                .schedule(
                    Schedule.builder()
                        .addHour(OpeningHours.monthly(Set.of(1, 15), NINE, LocalTime.of(11, 30)))
                        .build())
                .build(),
            service(
                    "S-JOBS",
                    "就业援助",
                    "Employment assistance",
                    ServiceCategory.EMPLOYMENT,
                    SupplyMode.PUBLIC,
                    "P-STREET")
                .addSite(CENTRE)
                .addTargetGroup(PopulationGroup.UNEMPLOYED)
                .build(),
            service(
                    "S-MEDIATE",
                    "人民调解",
                    "People's mediation",
                    ServiceCategory.LEGAL_MEDIATION,
                    SupplyMode.PUBLIC,
                    "P-COMMITTEE")
                .addSite(CENTRE)
                .build(),
            service(
                    "S-NURSERY",
                    "社区托育点",
                    "Community nursery",
                    ServiceCategory.CHILDCARE,
                    SupplyMode.MARKET_CONVENIENCE,
                    "P-MARKET")
                .addSite(CENTRE)
                .addTargetGroup(PopulationGroup.CHILD)
                .eligibility(
                    EligibilityReference.builder()
                        .rule("service.childUnder3")
                        .description(LocalizedName.of("3周岁以下婴幼儿", "Children under three"))
                        .maximumAge(3)
                        .build())
                .addCapacity(Capacity.of(30, CapacityUnit.PLACES, CapacityPeriod.MONTH))
                .addFee(fee(null, "2800.00", "0.00"))
                .status(ServiceStatus.TEMPORARILY_CLOSED)
                .build(),
            service(
                    "S-REPAIR",
                    "便民维修",
                    "Household repairs",
                    ServiceCategory.CONVENIENCE,
                    SupplyMode.MARKET_CONVENIENCE,
                    "P-MARKET")
                .addFee(fee(null, "30.00", "0.00"))
                .addFee(fee(PopulationGroup.EXTREME_POVERTY_HOUSEHOLD, "30.00", "30.00"))
                .build())
        .build();
  }

  static ImmutableService.Builder service(
      String id, String zh, String en, ServiceCategory category, SupplyMode mode, String provider) {
    return Service.builder()
        .id(ServiceId.of(id))
        .name(LocalizedName.of(zh, en))
        .category(category)
        .supplyMode(mode)
        .provider(ProviderId.of(provider))
        .status(ServiceStatus.ACTIVE)
        .addCommunity(HEPINGLI);
  }

  static org.communitygov.model.service.ImmutableProvider.Builder provider(
      String id, String zh, String en, ProviderKind kind) {
    return Provider.builder().id(ProviderId.of(id)).name(LocalizedName.of(zh, en)).kind(kind);
  }

  static Site site(SiteId id, String zh, String en, String address) {
    return Site.builder()
        .id(id)
        .name(LocalizedName.of(zh, en))
        .address(address)
        .community(HEPINGLI)
        .build();
  }

  static Fee fee(PopulationGroup group, String price, String subsidy) {
    org.communitygov.model.service.ImmutableFee.Builder fee = Fee.builder();
    if (group != null) {
      fee.group(group);
    }
    return fee.price(Money.ofCny(new BigDecimal(price)))
        .subsidy(Money.ofCny(new BigDecimal(subsidy)))
        .build();
  }

  static Schedule weekly(Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {
    return Schedule.builder().addHour(OpeningHours.weekly(days, opens, closes)).build();
  }

  /**
   * A valid code from its first 16 characters: both check characters computed (GB 11714, GB 32100).
   */
  static SocialCreditCode code(String first16) {
    int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = first16.charAt(8 + i);
      sum += (c <= '9' ? c - '0' : c - 'A' + 10) * weights[i];
    }
    int check = 11 - sum % 11;
    String first17 = first16 + (check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check));
    return SocialCreditCode.parse(first17 + SocialCreditCode.checkCharacter(first17));
  }
}
