package org.communitygov.model.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OrderTransitionsTest {
  /** The table of docs/services.md, written out independently of the implementation. */
  static final Map<String, String> DOCUMENTED =
      Map.of(
          "requested", "accepted rejected cancelled entered-in-error",
          "accepted", "in-progress on-hold cancelled entered-in-error",
          "in-progress", "on-hold completed failed cancelled entered-in-error",
          "on-hold", "in-progress cancelled failed entered-in-error",
          "rejected", "entered-in-error",
          "cancelled", "entered-in-error",
          "failed", "entered-in-error",
          "completed", "entered-in-error",
          "entered-in-error", "");

  static Stream<Arguments> everyPair() {
    return Stream.of(OrderStatus.values())
        .flatMap(from -> Stream.of(OrderStatus.values()).map(to -> Arguments.of(from, to)));
  }

  static boolean documented(OrderStatus from, OrderStatus to) {
    return Set.of(DOCUMENTED.get(from.fhirCode()).split(" ")).contains(to.fhirCode());
  }

  @Nested
  class TheTable {
    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("org.communitygov.model.service.OrderTransitionsTest#everyPair")
    void allowsExactlyTheDocumentedMoves(OrderStatus from, OrderStatus to) {
      Optional<TransitionRefusal> refusal = OrderTransitions.check(Optional.of(from), to);

      assertThat(refusal.isEmpty()).isEqualTo(documented(from, to));
      assertThat(OrderTransitions.allowedAfter(from).contains(to)).isEqualTo(documented(from, to));
    }

    @Test
    void neverAllowsAStatusToFollowItself() {
      for (OrderStatus s : OrderStatus.values()) {
        assertThat(OrderTransitions.allowedAfter(s)).doesNotContain(s);
      }
    }

    @Test
    void makesTheFourEndingsAndEnteredInErrorTerminal() {
      assertThat(EnumSet.allOf(OrderStatus.class).stream().filter(OrderStatus::isTerminal))
          .containsExactlyInAnyOrder(
              OrderStatus.REJECTED,
              OrderStatus.CANCELLED,
              OrderStatus.FAILED,
              OrderStatus.COMPLETED,
              OrderStatus.ENTERED_IN_ERROR);
    }
  }

  @Nested
  class ARefusal {
    @Test
    void namesTheCodeAndBothStatuses() {
      TransitionRefusal refusal =
          OrderTransitions.check(Optional.of(OrderStatus.COMPLETED), OrderStatus.IN_PROGRESS)
              .orElseThrow();

      assertThat(refusal.code()).isEqualTo("serviceOrder.transition");
      assertThat(refusal.from()).contains(OrderStatus.COMPLETED);
      assertThat(refusal.to()).isEqualTo(OrderStatus.IN_PROGRESS);
      assertThat(refusal.message())
          .contains("completed may not be followed by in-progress")
          .contains("[entered-in-error]");
    }

    @Test
    void becomesAnExceptionCarryingTheSameFacts() {
      OrderTransitionException e =
          OrderTransitions.check(Optional.of(OrderStatus.REQUESTED), OrderStatus.COMPLETED)
              .orElseThrow()
              .toException();

      assertThat(e.code()).isEqualTo(OrderTransitions.REFUSED);
      assertThat(e.from()).contains(OrderStatus.REQUESTED);
      assertThat(e.to()).isEqualTo(OrderStatus.COMPLETED);
      // Outside an order's history there is no event to point at.
      assertThat(e.event()).isEmpty();
    }

    @Test
    void refusesAFirstEventOtherThanRequested() {
      assertThat(OrderTransitions.check(Optional.empty(), OrderStatus.REQUESTED)).isEmpty();
      TransitionRefusal refusal =
          OrderTransitions.check(Optional.empty(), OrderStatus.ACCEPTED).orElseThrow();
      assertThat(refusal.code()).isEqualTo("serviceOrder.firstStatus");
      assertThat(refusal.from()).isEmpty();
      assertThat(refusal.message()).contains("starts requested, not accepted");
    }
  }

  @Test
  void givesEveryStatusAFhirTaskCode() {
    assertThat(Stream.of(OrderStatus.values()).map(OrderStatus::fhirCode))
        .containsExactlyInAnyOrderElementsOf(DOCUMENTED.keySet());
  }
}
