package org.communitygov.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.communitygov.api.hsds.HepingliCatalogue;
import org.communitygov.api.json.GoldenCases.Case;
import org.communitygov.model.common.Money;
import org.communitygov.model.common.PhoneNumber;
import org.communitygov.model.household.HouseholdId;
import org.communitygov.model.household.PersonId;
import org.communitygov.model.needs.AssessmentId;
import org.communitygov.model.needs.Need;
import org.communitygov.model.needs.NeedCategory;
import org.communitygov.model.needs.NeedPriority;
import org.communitygov.model.service.ActorId;
import org.communitygov.model.service.Capacity;
import org.communitygov.model.service.CapacityPeriod;
import org.communitygov.model.service.CapacityUnit;
import org.communitygov.model.service.Complaint;
import org.communitygov.model.service.DeliveredUnits;
import org.communitygov.model.service.DeliveryId;
import org.communitygov.model.service.DeliveryOutcome;
import org.communitygov.model.service.DeliveryRecord;
import org.communitygov.model.service.EligibilityReference;
import org.communitygov.model.service.Fee;
import org.communitygov.model.service.OpeningHours;
import org.communitygov.model.service.OrderEvent;
import org.communitygov.model.service.OrderStatus;
import org.communitygov.model.service.Provider;
import org.communitygov.model.service.ProviderContact;
import org.communitygov.model.service.ProviderId;
import org.communitygov.model.service.ProviderKind;
import org.communitygov.model.service.RatingDimension;
import org.communitygov.model.service.Recurrence;
import org.communitygov.model.service.RequestChannel;
import org.communitygov.model.service.SatisfactionFeedback;
import org.communitygov.model.service.Schedule;
import org.communitygov.model.service.ScheduleException;
import org.communitygov.model.service.Service;
import org.communitygov.model.service.ServiceCatalogue;
import org.communitygov.model.service.ServiceCatalogueEntry;
import org.communitygov.model.service.ServiceCategory;
import org.communitygov.model.service.ServiceId;
import org.communitygov.model.service.ServiceLoopEntry;
import org.communitygov.model.service.ServiceOrder;
import org.communitygov.model.service.ServiceOrderId;
import org.communitygov.model.service.ServiceRequest;
import org.communitygov.model.service.ServiceRequestId;
import org.communitygov.model.service.ServiceStatus;
import org.communitygov.model.service.Site;
import org.communitygov.model.service.SiteId;
import org.communitygov.model.service.SupplyMode;
import org.communitygov.model.service.WorkerId;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Pins the wire format of the service types ({@code model.service}) as {@link GoldenJsonTest} does
 * for the others, with golden files in {@code src/test/resources/golden-service/}; the catalogue's
 * golden file is {@code docs/examples/services/hepingli-catalogue.json}. Rewrite after an intended
 * change with {@code -Dgolden.update=true}.
 */
class ServiceGoldenJsonTest {
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden-service");
  static final Path CATALOGUE =
      Path.of("..", "docs", "examples", "services", "hepingli-catalogue.json");
  static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

  final JsonMapper json = CommunityGovMappers.strict();

  static ServiceCatalogue catalogue() {
    return HepingliCatalogue.catalogue();
  }

  static Service meals() {
    return catalogue().services().get(0);
  }

  static ServiceOrder order() {
    return ServiceOrder.builder()
        .id(ServiceOrderId.of("O-2026-0001"))
        .request(ServiceRequestId.of("R-2026-0001"))
        .service(ServiceId.of("S-MEAL"))
        .provider(ProviderId.of("P-KITCHEN"))
        .addEvent(OrderEvent.of(T0, OrderStatus.REQUESTED, ActorId.of("caseworker-3")))
        .addEvent(OrderEvent.of(T0.plusSeconds(600), OrderStatus.ACCEPTED, ActorId.of("kitchen")))
        .addEvent(
            OrderEvent.builder()
                .at(T0.plusSeconds(86_400))
                .status(OrderStatus.ON_HOLD)
                .actor(ActorId.of("kitchen"))
                .reason("住院")
                .build())
        .build();
  }

  static DeliveryRecord delivery() {
    return DeliveryRecord.builder()
        .id(DeliveryId.of("D-2026-0001"))
        .order(ServiceOrderId.of("O-2026-0001"))
        .provider(ProviderId.of("P-KITCHEN"))
        .worker(WorkerId.of("W-007"))
        .start(Instant.parse("2026-03-02T03:30:00Z"))
        .end(Instant.parse("2026-03-02T03:45:00Z"))
        .units(DeliveredUnits.of(BigDecimal.ONE, CapacityUnit.MEALS))
        .cost(Money.ofCny(new BigDecimal("15.00")))
        .subsidy(Money.ofCny(new BigDecimal("5.00")))
        .outcome(DeliveryOutcome.COMPLETED)
        .note("送餐到门")
        .build();
  }

  static List<Case> cases() {
    Service meals = meals();
    return List.of(
        new Case("provider-id", ProviderId.class, ProviderId.of("P-KITCHEN")),
        new Case("service-id", ServiceId.class, ServiceId.of("S-MEAL")),
        new Case("site-id", SiteId.class, SiteId.of("L-CANTEEN")),
        new Case("service-request-id", ServiceRequestId.class, ServiceRequestId.of("R-2026-0001")),
        new Case("service-order-id", ServiceOrderId.class, ServiceOrderId.of("O-2026-0001")),
        new Case("delivery-id", DeliveryId.class, DeliveryId.of("D-2026-0001")),
        new Case("worker-id", WorkerId.class, WorkerId.of("W-007")),
        new Case("actor-id", ActorId.class, ActorId.of("caseworker-3")),
        new Case("service-category-known", ServiceCategory.class, ServiceCategory.MEAL_ASSISTANCE),
        new Case("service-category-local", ServiceCategory.class, ServiceCategory.of("HAIRCUT")),
        new Case("provider", Provider.class, catalogue().providers().get(0)),
        new Case(
            "provider-contact",
            ProviderContact.class,
            ProviderContact.of("服务热线", PhoneNumber.parse("010-64200001"))),
        new Case("site", Site.class, catalogue().sites().get(2)),
        new Case("eligibility-reference", EligibilityReference.class, meals.eligibility().get()),
        new Case("capacity", Capacity.class, meals.capacities().get(0)),
        new Case("fee", Fee.class, meals.fees().get(1)),
        new Case(
            "opening-hours-weekly",
            OpeningHours.class,
            OpeningHours.weekly(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(8, 30),
                LocalTime.of(17, 0))),
        new Case(
            "opening-hours-monthly",
            OpeningHours.class,
            OpeningHours.monthly(Set.of(1, 15), LocalTime.of(9, 0), LocalTime.of(11, 30))),
        new Case(
            "schedule",
            Schedule.class,
            Schedule.builder()
                .addHour(
                    OpeningHours.weekly(
                        Set.of(DayOfWeek.SATURDAY), LocalTime.of(9, 0), LocalTime.of(12, 0)))
                .addException(ScheduleException.closed(LocalDate.of(2026, 10, 1), "国庆节"))
                .addException(
                    ScheduleException.open(
                        LocalDate.of(2026, 10, 10), LocalTime.of(9, 0), LocalTime.of(12, 0)))
                .build()),
        new Case("service", Service.class, meals),
        new Case(
            "service-request-need",
            ServiceRequest.class,
            ServiceRequest.builder()
                .id(ServiceRequestId.of("R-2026-0001"))
                .person(PersonId.of("P0001"))
                .household(HouseholdId.of("H001"))
                .need(
                    Need.builder()
                        .category(NeedCategory.MEAL_ASSISTANCE)
                        .priority(NeedPriority.HIGH)
                        .assessment(AssessmentId.of("A-2026-0001"))
                        .build())
                .requestedAt(T0)
                .channel(RequestChannel.GRID_WORKER)
                .priority(NeedPriority.HIGH)
                .build()),
        new Case(
            "service-request-category",
            ServiceRequest.class,
            ServiceRequest.builder()
                .id(ServiceRequestId.of("R-2026-0002"))
                .household(HouseholdId.of("H002"))
                .category(NeedCategory.CLEANING)
                .requestedAt(T0)
                .channel(RequestChannel.PHONE)
                .priority(NeedPriority.NORMAL)
                .build()),
        new Case("order-event", OrderEvent.class, order().events().get(2)),
        new Case("service-order", ServiceOrder.class, order()),
        new Case("delivered-units", DeliveredUnits.class, delivery().units()),
        new Case("delivery-record", DeliveryRecord.class, delivery()),
        new Case(
            "service-catalogue-entry",
            ServiceCatalogueEntry.class,
            ServiceCatalogueEntry.of(catalogue().sites().get(0))),
        new Case("service-loop-entry", ServiceLoopEntry.class, ServiceLoopEntry.of(order())),
        new Case(
            "complaint",
            Complaint.class,
            Complaint.builder()
                .summary("送餐迟到半小时")
                .followUp("已联系配送员")
                .resolution("调整配送路线")
                .resolvedAt(Instant.parse("2026-03-04T02:00:00Z"))
                .build()),
        new Case(
            "satisfaction-feedback",
            SatisfactionFeedback.class,
            SatisfactionFeedback.builder()
                .delivery(DeliveryId.of("D-2026-0001"))
                .givenAt(Instant.parse("2026-03-03T08:00:00Z"))
                .putRating(RatingDimension.ATTITUDE, 5)
                .putRating(RatingDimension.TIMELINESS, 2)
                .putRating(RatingDimension.OVERALL, 4)
                .complaint(Complaint.builder().summary("送餐迟到半小时").build())
                .build()));
  }

  static List<Class<? extends Enum<?>>> enums() {
    return List.of(
        ProviderKind.class,
        SupplyMode.class,
        ServiceStatus.class,
        CapacityUnit.class,
        CapacityPeriod.class,
        Recurrence.class,
        RequestChannel.class,
        OrderStatus.class,
        DeliveryOutcome.class,
        RatingDimension.class);
  }

  @TestFactory
  Stream<DynamicContainer> everyServiceTypeMatchesItsGoldenFile() {
    return GoldenCases.matchTheirFiles(GOLDEN, cases(), json);
  }

  @Test
  void theHepingliCatalogueMatchesTheExampleInTheDocs() throws IOException {
    writesAsGolden(CATALOGUE, catalogue());
    ServiceCatalogue read = json.readValue(CATALOGUE.toFile(), ServiceCatalogue.class);
    assertThat(read).isEqualTo(catalogue());
    assertThat(read.services()).hasSizeGreaterThanOrEqualTo(12);
    assertThat(read.services().stream().map(Service::supplyMode).distinct())
        .containsExactlyInAnyOrder(SupplyMode.values());
  }

  @Test
  void everyEnumConstantMatchesTheGoldenFile() throws IOException {
    ObjectNode codes = json.createObjectNode();
    for (Class<? extends Enum<?>> type : enums()) {
      codes.set(type.getSimpleName(), json.valueToTree(type.getEnumConstants()));
    }
    writesAsGolden(GOLDEN.resolve("enums.json"), codes);
  }

  @Test
  void everyGoldenFileHasACase() throws IOException {
    GoldenCases.haveEveryFile(GOLDEN, cases());
  }

  @Test
  void keepsSensitiveTextOutOfToString() {
    assertThat(order().toString()).doesNotContain("住院");
    assertThat(delivery().toString()).doesNotContain("送餐到门");
    assertThat(catalogue().providers().get(0).toString()).doesNotContain("64200001");
  }

  void writesAsGolden(Path file, Object value) throws IOException {
    // through text, as on the wire: a tree built from objects would drop a decimal's scale
    String text = json.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
    JsonNode written = json.readTree(text);
    if (GoldenJsonTest.UPDATE) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(file)).as("golden file %s is missing", file).isTrue();
    List<String> differences = new ArrayList<>();
    GoldenJsonTest.diff("", json.readTree(file.toFile()), written, differences);
    assertThat(differences)
        .as("%s differs from its golden file (golden -> written)", file)
        .isEmpty();
  }
}
