package org.communitygov.rules.service;

import java.math.BigDecimal;
import java.time.Instant;
import org.communitygov.model.common.DivisionCode;
import org.communitygov.model.common.LocalizedName;
import org.communitygov.model.common.Money;
import org.communitygov.model.community.Committee;
import org.communitygov.model.community.CommitteeKind;
import org.communitygov.model.community.Community;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.community.CommunityKind;
import org.communitygov.model.community.Township;
import org.communitygov.model.community.TownshipKind;
import org.communitygov.model.household.HouseholdId;
import org.communitygov.model.needs.NeedCategory;
import org.communitygov.model.needs.NeedPriority;
import org.communitygov.model.service.ActorId;
import org.communitygov.model.service.Capacity;
import org.communitygov.model.service.CapacityPeriod;
import org.communitygov.model.service.CapacityUnit;
import org.communitygov.model.service.DeliveredUnits;
import org.communitygov.model.service.DeliveryId;
import org.communitygov.model.service.DeliveryOutcome;
import org.communitygov.model.service.DeliveryRecord;
import org.communitygov.model.service.ImmutableService;
import org.communitygov.model.service.ImmutableServiceRequest;
import org.communitygov.model.service.OrderEvent;
import org.communitygov.model.service.OrderStatus;
import org.communitygov.model.service.Provider;
import org.communitygov.model.service.ProviderId;
import org.communitygov.model.service.ProviderKind;
import org.communitygov.model.service.RequestChannel;
import org.communitygov.model.service.Service;
import org.communitygov.model.service.ServiceCatalogue;
import org.communitygov.model.service.ServiceCategory;
import org.communitygov.model.service.ServiceId;
import org.communitygov.model.service.ServiceOrder;
import org.communitygov.model.service.ServiceOrderId;
import org.communitygov.model.service.ServiceRequest;
import org.communitygov.model.service.ServiceRequestId;
import org.communitygov.model.service.ServiceStatus;
import org.communitygov.model.service.SupplyMode;
import org.communitygov.model.service.WorkerId;

/** Small service records for the tests of the service rules. */
public final class ServiceRecords {
  public static final CommunityId EAST = CommunityId.of("east");
  public static final CommunityId WEST = CommunityId.of("west");
  public static final CommunityId FAR = CommunityId.of("far");
  public static final ProviderId KITCHEN = ProviderId.of("P-KITCHEN");

  private ServiceRecords() {}

  /** A catalogue of services, all of the kitchen. */
  public static ServiceCatalogue catalogue(Service... services) {
    return ServiceCatalogue.builder()
        .addProviders(
            Provider.builder()
                .id(KITCHEN)
                .name(LocalizedName.of("长者食堂"))
                .kind(ProviderKind.ENTERPRISE)
                .build())
        .addServices(services)
        .build();
  }

  /** An active meal service of a community, so many meals a day. */
  public static ImmutableService meals(String id, CommunityId community, int perDay) {
    return (ImmutableService)
        (Service.builder()
            .id(ServiceId.of(id))
            .name(LocalizedName.of("助餐", "Meals"))
            .category(ServiceCategory.MEAL_ASSISTANCE)
            .supplyMode(SupplyMode.PURCHASED)
            .provider(KITCHEN)
            .status(ServiceStatus.ACTIVE)
            .addCommunity(community)
            .addCapacity(Capacity.of(perDay, CapacityUnit.MEALS, CapacityPeriod.DAY))
            .build());
  }

  public static ImmutableServiceRequest request(String id, CommunityId community, Instant at) {
    return (ImmutableServiceRequest)
        (ServiceRequest.builder()
            .id(ServiceRequestId.of(id))
            .household(HouseholdId.of("H-" + id))
            .community(community)
            .category(NeedCategory.MEAL_ASSISTANCE)
            .requestedAt(at)
            .channel(RequestChannel.PHONE)
            .priority(NeedPriority.NORMAL)
            .build());
  }

  /** An order sent at a time, accepted at once, started some hours later (never if negative). */
  public static ServiceOrder order(
      String id, String request, String service, Instant sent, long startAfterHours) {
    ServiceOrder order =
        ServiceOrder.builder()
            .id(ServiceOrderId.of(id))
            .request(ServiceRequestId.of(request))
            .service(ServiceId.of(service))
            .provider(KITCHEN)
            .addEvent(OrderEvent.of(sent, OrderStatus.REQUESTED, ActorId.of("caseworker")))
            .addEvent(OrderEvent.of(sent, OrderStatus.ACCEPTED, ActorId.of("kitchen")))
            .build();
    return startAfterHours < 0
        ? order
        : order.withEvent(
            OrderEvent.of(
                sent.plusSeconds(startAfterHours * 3600),
                OrderStatus.IN_PROGRESS,
                ActorId.of("kitchen")));
  }

  public static DeliveryRecord delivery(
      String id, String order, Instant start, String meals, DeliveryOutcome outcome) {
    return DeliveryRecord.builder()
        .id(DeliveryId.of(id))
        .order(ServiceOrderId.of(order))
        .provider(KITCHEN)
        .worker(WorkerId.of("W-1"))
        .start(start)
        .end(start.plusSeconds(1800))
        .units(DeliveredUnits.of(new BigDecimal(meals), CapacityUnit.MEALS))
        .cost(Money.ofCny(new BigDecimal("15.00")))
        .outcome(outcome)
        .build();
  }

  /** A community of a street office (by its division code). */
  public static Community community(CommunityId id, String streetOffice) {
    return Community.builder()
        .id(id)
        .kind(CommunityKind.URBAN_COMMUNITY)
        .name(LocalizedName.of(id.value()))
        .divisionCode(DivisionCode.parse(streetOffice + "001"))
        .committee(
            Committee.builder()
                .kind(CommitteeKind.RESIDENTS_COMMITTEE)
                .name(LocalizedName.of(id.value() + "居委会"))
                .build())
        .township(
            Township.builder()
                .kind(TownshipKind.STREET_OFFICE)
                .name(LocalizedName.of("街道" + streetOffice))
                .divisionCode(DivisionCode.parse(streetOffice))
                .build())
        .build();
  }
}
