package org.communitygov.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.communitygov.model.common.CommunityGovException;
import org.communitygov.model.common.InvalidValueException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The state machine's cases, as data ({@code order-cases.json}): each builds an order from its
 * events and checks the status they give, or the refusal — its code, the statuses it names and the
 * event refused.
 */
class OrderCasesTest {
  private static final Instant START = Instant.parse("2026-01-05T01:00:00Z");

  @TestFactory
  Stream<DynamicTest> everyCaseGivesItsStatusOrItsRefusal() throws IOException {
    JsonNode cases;
    try (InputStream in = OrderCasesTest.class.getResourceAsStream("order-cases.json")) {
      cases = JsonMapper.builder().build().readTree(in).get("cases");
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(10);
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : cases) {
      tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> run(c)));
    }
    return tests.stream();
  }

  private static void run(JsonNode c) {
    ImmutableServiceOrder.Builder order =
        ServiceOrder.builder()
            .id(ServiceOrderId.of("O-1"))
            .request(ServiceRequestId.of("R-1"))
            .service(ServiceId.of("S-1"))
            .provider(ProviderId.of("P-1"));
    JsonNode events = c.get("events");
    for (int i = 0; i < events.size(); i++) {
      long minutes = c.has("minutes") ? c.get("minutes").get(i).asLong() : 60L * i;
      order.addEvents(
          OrderEvent.of(
              START.plusSeconds(minutes * 60),
              status(events.get(i).asText()),
              ActorId.of("caseworker")));
    }
    if (c.has("expected")) {
      assertThat(order.build().status().fhirCode())
          .isEqualTo(c.get("expected").get("status").asText());
      return;
    }
    JsonNode error = c.get("expectedError");
    assertThatThrownBy(order::build)
        .isInstanceOfSatisfying(
            CommunityGovException.class,
            e -> assertThat(e.code()).isEqualTo(error.get("code").asText()))
        .satisfies(e -> refused(e, error));
  }

  private static void refused(Throwable e, JsonNode error) {
    int event = error.get("event").asInt();
    if (e instanceof OrderTransitionException t) {
      assertThat(t.event()).hasValue(event);
      assertThat(t.to().fhirCode()).isEqualTo(error.get("to").asText());
      assertThat(t.getMessage()).contains(error.get("to").asText());
      if (error.has("from")) {
        assertThat(t.from()).map(OrderStatus::fhirCode).hasValue(error.get("from").asText());
        assertThat(t.getMessage()).contains(error.get("from").asText() + " may not be followed");
      } else {
        assertThat(t.from()).isEmpty();
      }
    } else {
      assertThat(e).isInstanceOf(InvalidValueException.class);
      assertThat(((InvalidValueException) e).pointer()).hasValue("/events/" + event);
    }
  }

  private static OrderStatus status(String fhirCode) {
    for (OrderStatus s : OrderStatus.values()) {
      if (s.fhirCode().equals(fhirCode)) {
        return s;
      }
    }
    throw new IllegalArgumentException("no status " + fhirCode);
  }
}
