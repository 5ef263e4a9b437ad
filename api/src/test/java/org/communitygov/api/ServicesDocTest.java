package org.communitygov.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.communitygov.api.hsds.HepingliCatalogue;
import org.communitygov.api.hsds.HsdsExport;
import org.communitygov.api.hsds.HsdsImport;
import org.communitygov.api.hsds.HsdsImportResult;
import org.communitygov.api.json.CommunityGovMappers;
import org.communitygov.model.common.LocalizedName;
import org.communitygov.model.common.Money;
import org.communitygov.model.household.PopulationGroup;
import org.communitygov.model.service.ActorId;
import org.communitygov.model.service.Fee;
import org.communitygov.model.service.OrderEvent;
import org.communitygov.model.service.OrderStatus;
import org.communitygov.model.service.OrderTransitions;
import org.communitygov.model.service.ProviderId;
import org.communitygov.model.service.Service;
import org.communitygov.model.service.ServiceCatalogue;
import org.communitygov.model.service.ServiceCategory;
import org.communitygov.model.service.ServiceId;
import org.communitygov.model.service.ServiceOrder;
import org.communitygov.model.service.ServiceOrderId;
import org.communitygov.model.service.ServiceRequestId;
import org.communitygov.model.service.ServiceStatus;
import org.communitygov.model.service.SupplyMode;
import org.communitygov.model.service.TransitionRefusal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the Java snippets of {@code docs/services.md} and checks the page still shows them. */
class ServicesDocTest {
  static String page;

  @BeforeAll
  static void readPage() throws IOException {
    page = Files.readString(Path.of("..", "docs", "services.md"), StandardCharsets.UTF_8);
  }

  @Test
  void theServiceSnippetGivesTheVeryElderlyTheirFee() {
    Service meals =
        Service.builder()
            .id(ServiceId.of("S-MEAL"))
            .name(LocalizedName.of("老年助餐", "Meals for older people"))
            .category(ServiceCategory.MEAL_ASSISTANCE)
            .supplyMode(SupplyMode.PURCHASED)
            .provider(ProviderId.of("P-KITCHEN"))
            .status(ServiceStatus.ACTIVE)
            .addFee(Fee.builder().price(Money.ofCny(new BigDecimal("15.00"))).build())
            .addFee(
                Fee.builder()
                    .group(PopulationGroup.VERY_ELDERLY)
                    .price(Money.ofCny(new BigDecimal("15.00")))
                    .subsidy(Money.ofCny(new BigDecimal("5.00")))
                    .build())
            .build();

    assertThat(meals.feeFor(PopulationGroup.VERY_ELDERLY).orElseThrow().payable())
        .hasToString("10.00 CNY");
    assertThat(page)
        .contains(".subsidy(Money.ofCny(new BigDecimal(\"5.00\")))")
        .contains(
            "meals.feeFor(PopulationGroup.VERY_ELDERLY).orElseThrow().payable(); // 10.00 CNY");
  }

  @Test
  void theOrderSnippetMovesAndRefusesAsItSays() {
    Instant sent = Instant.parse("2026-03-02T01:00:00Z");
    ServiceOrder order =
        ServiceOrder.builder()
            .id(ServiceOrderId.of("O-1"))
            .request(ServiceRequestId.of("R-1"))
            .service(ServiceId.of("S-MEAL"))
            .provider(ProviderId.of("P-KITCHEN"))
            .addEvent(OrderEvent.of(sent, OrderStatus.REQUESTED, ActorId.of("caseworker-3")))
            .build()
            .withEvent(
                OrderEvent.of(sent.plusSeconds(600), OrderStatus.ACCEPTED, ActorId.of("kitchen")));

    assertThat(order.status()).isEqualTo(OrderStatus.ACCEPTED);
    assertThat(
            OrderTransitions.check(Optional.of(OrderStatus.COMPLETED), OrderStatus.IN_PROGRESS)
                .map(TransitionRefusal::code))
        .hasToString("Optional[serviceOrder.transition]");
    assertThat(page)
        .contains("order.status(); // ACCEPTED")
        .contains(".map(TransitionRefusal::code); // Optional[serviceOrder.transition]");
  }

  @Test
  void theHsdsSnippetGivesTheDocumentBack() throws IOException {
    ServiceCatalogue catalogue = HepingliCatalogue.catalogue();
    ObjectNode hsds = HsdsExport.catalogue(catalogue);
    JsonNode document =
        CommunityGovMappers.strict()
            .readTree(
                Path.of("src", "test", "resources", "hsds", "examples", "service_full.json")
                    .toFile());

    HsdsImportResult<Service> result =
        HsdsImport.withDefaultSupplyMode(SupplyMode.PUBLIC).service(document);
    ObjectNode back =
        HsdsExport.service(result.value().orElseThrow(), result.providers(), result.sites());

    assertThat(hsds.path("services").size()).isEqualTo(13);
    assertThat(
            document.equals(
                (a, b) ->
                    a.equals(b)
                            || (a.isNumber()
                                && b.isNumber()
                                && a.decimalValue().compareTo(b.decimalValue()) == 0)
                        ? 0
                        : 1,
                back))
        .isTrue();
    assertThat(page)
        .contains("ObjectNode hsds = HsdsExport.catalogue(catalogue);")
        .contains("HsdsImport.withDefaultSupplyMode(SupplyMode.PUBLIC).service(document);")
        .contains("// back equals document");
  }

  @Test
  void theTransitionTableIsTheStateMachine() {
    List<String> rows =
        page.lines()
            .filter(l -> l.startsWith("| "))
            .dropWhile(l -> !l.startsWith("| From"))
            .toList();
    List<String> columns = cells(rows.get(0)).subList(1, 10);
    Map<OrderStatus, Set<OrderStatus>> documented = new EnumMap<>(OrderStatus.class);
    for (String row : rows.subList(1, 8)) {
      List<String> cells = cells(row);
      Set<OrderStatus> allowed = EnumSet.noneOf(OrderStatus.class);
      for (int i = 0; i < columns.size(); i++) {
        if (cells.get(i + 1).equals("✓")) {
          allowed.add(status(columns.get(i)));
        }
      }
      for (String from : cells.get(0).split(", ")) {
        if (from.equals("*(first event)*")) {
          assertThat(allowed).containsExactly(OrderStatus.REQUESTED);
        } else {
          documented.put(status(from), allowed);
        }
      }
    }
    for (OrderStatus from : OrderStatus.values()) {
      assertThat(documented.get(from))
          .as(from.fhirCode())
          .isEqualTo(OrderTransitions.allowedAfter(from));
    }
  }

  static List<String> cells(String row) {
    return Stream.of(row.split("\\|", -1)).skip(1).map(String::strip).toList();
  }

  static OrderStatus status(String fhirCode) {
    return Stream.of(OrderStatus.values())
        .filter(s -> s.fhirCode().equals(fhirCode))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no status " + fhirCode));
  }
}
