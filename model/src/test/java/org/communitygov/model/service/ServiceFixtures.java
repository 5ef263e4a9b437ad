package org.communitygov.model.service;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import org.communitygov.model.common.LocalizedName;
import org.communitygov.model.common.Money;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.household.PopulationGroup;

/** Small valid service types for the model's tests. */
final class ServiceFixtures {
  static final ProviderId KITCHEN = ProviderId.of("P-KITCHEN");
  static final SiteId CANTEEN = SiteId.of("L-CANTEEN");

  private ServiceFixtures() {}

  static Money cny(String amount) {
    return Money.ofCny(new BigDecimal(amount));
  }

  static Provider kitchen() {
    return Provider.builder()
        .id(KITCHEN)
        .name(LocalizedName.of("和平里长者食堂", "Hepingli Elders' Canteen"))
        .kind(ProviderKind.ENTERPRISE)
        .build();
  }

  static Site canteen() {
    return Site.builder().id(CANTEEN).name(LocalizedName.of("和平里长者食堂")).build();
  }

  static Service meals() {
    return Service.builder()
        .id(ServiceId.of("S-MEAL"))
        .name(LocalizedName.of("老年助餐", "Meals for older people"))
        .category(ServiceCategory.MEAL_ASSISTANCE)
        .supplyMode(SupplyMode.PURCHASED)
        .provider(KITCHEN)
        .status(ServiceStatus.ACTIVE)
        .addCommunity(CommunityId.of("hepingli"))
        .addSite(CANTEEN)
        .addTargetGroup(PopulationGroup.ELDERLY)
        .addCapacity(Capacity.of(120, CapacityUnit.MEALS, CapacityPeriod.DAY))
        .addFee(Fee.builder().price(cny("15.00")).build())
        .addFee(
            Fee.builder()
                .group(PopulationGroup.VERY_ELDERLY)
                .price(cny("15.00"))
                .subsidy(cny("5.00"))
                .build())
        .schedule(
            Schedule.builder()
                .addHour(
                    OpeningHours.weekly(
                        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                        LocalTime.of(11, 0),
                        LocalTime.of(13, 0)))
                .build())
        .build();
  }
}
