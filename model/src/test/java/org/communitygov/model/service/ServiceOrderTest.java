package org.communitygov.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.communitygov.model.common.InvalidValues.assertInvalid;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ServiceOrderTest {
  static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
  static final ActorId DISPATCHER = ActorId.of("dispatcher-1");

  static OrderEvent event(int minutes, OrderStatus status) {
    return OrderEvent.of(T0.plusSeconds(60L * minutes), status, DISPATCHER);
  }

  static ServiceOrder requested() {
    return ServiceOrder.builder()
        .id(ServiceOrderId.of("O-1"))
        .request(ServiceRequestId.of("R-1"))
        .service(ServiceId.of("S-MEAL"))
        .provider(ProviderId.of("P-KITCHEN"))
        .addEvent(event(0, OrderStatus.REQUESTED))
        .build();
  }

  @Nested
  class ItsStatus {
    @Test
    void isThatOfTheLastEvent() {
      ServiceOrder order =
          requested()
              .withEvent(event(5, OrderStatus.ACCEPTED))
              .withEvent(event(60, OrderStatus.IN_PROGRESS));

      assertThat(order.status()).isEqualTo(OrderStatus.IN_PROGRESS);
      assertThat(order.statusAt(T0.plusSeconds(300))).contains(OrderStatus.ACCEPTED);
      assertThat(order.statusAt(T0.minusSeconds(1))).isEmpty();
    }

    @Test
    void changesOnlyInTheCopy() {
      ServiceOrder order = requested();
      ServiceOrder accepted = order.withEvent(event(5, OrderStatus.ACCEPTED));

      assertThat(order.status()).isEqualTo(OrderStatus.REQUESTED);
      assertThat(order.events()).hasSize(1);
      assertThat(accepted.events()).hasSize(2).startsWith(order.events().get(0));
    }
  }

  @Nested
  class ARefusedMove {
    @Test
    void throwsWithTheCodeAndBothStatuses() {
      ServiceOrder completed =
          requested()
              .withEvent(event(1, OrderStatus.ACCEPTED))
              .withEvent(event(2, OrderStatus.IN_PROGRESS))
              .withEvent(event(3, OrderStatus.COMPLETED));

      OrderTransitionException e =
          catchThrowableOfType(
              OrderTransitionException.class,
              () -> completed.withEvent(event(4, OrderStatus.IN_PROGRESS)));

      assertThat(e.code()).isEqualTo("serviceOrder.transition");
      assertThat(e.from()).contains(OrderStatus.COMPLETED);
      assertThat(e.to()).isEqualTo(OrderStatus.IN_PROGRESS);
      assertThat(e.event()).hasValue(4);
    }

    @Test
    void isRefusedAsTheFirstEventToo() {
      OrderTransitionException e =
          catchThrowableOfType(
              OrderTransitionException.class,
              () ->
                  ServiceOrder.builder()
                      .from(requested())
                      .events(List.of(event(0, OrderStatus.ACCEPTED)))
                      .build());
      assertThat(e.code()).isEqualTo("serviceOrder.firstStatus");
      assertThat(e.from()).isEmpty();
      assertThat(e.event()).hasValue(0);
    }
  }

  @Test
  void refusesAnEventEarlierThanTheLast() {
    assertInvalid("events.order", () -> requested().withEvent(event(-1, OrderStatus.ACCEPTED)));
  }

  @Test
  void refusesAnOrderWithoutEvents() {
    assertInvalid(
        "events.empty", () -> ServiceOrder.builder().from(requested()).events(List.of()).build());
  }

  @Test
  void printsNeitherEventsNorReasons() {
    ServiceOrder order =
        requested()
            .withEvent(
                OrderEvent.builder().from(event(1, OrderStatus.REJECTED)).reason("住院治疗中").build());
    assertThat(order.toString()).contains("REJECTED").doesNotContain("住院");
    assertThat(order.events().get(1).toString()).doesNotContain("住院");
  }

  /**
   * Random walks through the statuses: an order accepts an event exactly when the pure function
   * allows the move, and then its status is that event's.
   */
  @TestFactory
  Stream<DynamicTest> acceptsAnEventExactlyWhenTheMachineAllowsIt() {
    return IntStream.range(0, 40)
        .mapToObj(
            i -> {
              long seed = 0x5EED_0000L + i;
              return DynamicTest.dynamicTest("seed " + seed, () -> walk(seed));
            });
  }

  static void walk(long seed) {
    Random random = new Random(seed);
    ServiceOrder order = requested();
    List<OrderStatus> statuses = new ArrayList<>(List.of(order.status()));
    OrderStatus[] all = OrderStatus.values();
    for (int step = 1; step <= 12; step++) {
      OrderStatus to = all[random.nextInt(all.length)];
      boolean allowed = OrderTransitions.check(Optional.of(order.status()), to).isEmpty();
      ServiceOrder before = order;
      OrderTransitionException refused = null;
      try {
        order = order.withEvent(event(step, to));
      } catch (OrderTransitionException e) {
        refused = e;
      }
      assertThat(refused == null)
          .as("seed %d step %d %s -> %s", seed, step, before.status(), to)
          .isEqualTo(allowed);
      if (allowed) {
        statuses.add(to);
        assertThat(order.status()).isEqualTo(to);
      } else {
        assertThat(refused.from()).contains(before.status());
        assertThat(order).isSameAs(before);
      }
    }
    assertThat(order.events().stream().map(OrderEvent::status).toList())
        .as("seed %d", seed)
        .isEqualTo(statuses);
  }
}
