package org.communitygov.model.service;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The state machine of a service order: which {@link OrderStatus} may follow which. A pure function
 * that validators call to get a result, where {@link ServiceOrder} throws.
 *
 * <p>An order starts {@link OrderStatus#REQUESTED}. Allowed moves:
 *
 * <ul>
 *   <li>requested → accepted, rejected, cancelled;
 *   <li>accepted → in-progress, on-hold, cancelled;
 *   <li>in-progress → on-hold, completed, failed, cancelled;
 *   <li>on-hold → in-progress, cancelled, failed;
 *   <li>any status but entered-in-error → entered-in-error.
 * </ul>
 *
 * <p>A status never follows itself; rejected, cancelled, failed and completed are final. See {@code
 * docs/adr/0060-service-order-state-machine.md}.
 *
 * @since 0.1.0
 */
public final class OrderTransitions {
  /** The code of a refused move from one status to another. */
  public static final String REFUSED = "serviceOrder.transition";

  /** The code of an order whose first event is not {@link OrderStatus#REQUESTED}. */
  public static final String FIRST_STATUS = "serviceOrder.firstStatus";

  private static final Map<OrderStatus, Set<OrderStatus>> ALLOWED = table();

  private OrderTransitions() {}

  private static Map<OrderStatus, Set<OrderStatus>> table() {
    Map<OrderStatus, Set<OrderStatus>> t = new EnumMap<>(OrderStatus.class);
    for (OrderStatus s : OrderStatus.values()) {
      t.put(s, EnumSet.noneOf(OrderStatus.class));
    }
    t.get(OrderStatus.REQUESTED)
        .addAll(EnumSet.of(OrderStatus.ACCEPTED, OrderStatus.REJECTED, OrderStatus.CANCELLED));
    t.get(OrderStatus.ACCEPTED)
        .addAll(EnumSet.of(OrderStatus.IN_PROGRESS, OrderStatus.ON_HOLD, OrderStatus.CANCELLED));
    t.get(OrderStatus.IN_PROGRESS)
        .addAll(
            EnumSet.of(
                OrderStatus.ON_HOLD,
                OrderStatus.COMPLETED,
                OrderStatus.FAILED,
                OrderStatus.CANCELLED));
    t.get(OrderStatus.ON_HOLD)
        .addAll(EnumSet.of(OrderStatus.IN_PROGRESS, OrderStatus.CANCELLED, OrderStatus.FAILED));
    for (OrderStatus s : OrderStatus.values()) {
      if (s != OrderStatus.ENTERED_IN_ERROR) {
        t.get(s).add(OrderStatus.ENTERED_IN_ERROR);
      }
    }
    t.replaceAll((s, next) -> Collections.unmodifiableSet(next));
    return Collections.unmodifiableMap(t);
  }

  /**
   * Returns the statuses that may follow {@code from}.
   *
   * @param from the current status, not null
   * @return the allowed next statuses, unmodifiable, empty after entered-in-error, not null
   * @throws NullPointerException if {@code from} is null
   */
  public static Set<OrderStatus> allowedAfter(OrderStatus from) {
    return ALLOWED.get(Objects.requireNonNull(from, "from"));
  }

  /**
   * Checks a move, returning the refusal if the machine does not allow it.
   *
   * @param from the current status, or empty for an order's first event, not null
   * @param to the status to move to, not null
   * @return the refusal, or empty if the move is allowed, not null
   * @throws NullPointerException if an argument is null
   */
  public static Optional<TransitionRefusal> check(Optional<OrderStatus> from, OrderStatus to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isEmpty()) {
      return to == OrderStatus.REQUESTED
          ? Optional.empty()
          : Optional.of(TransitionRefusal.of(FIRST_STATUS, from, to));
    }
    return allowedAfter(from.get()).contains(to)
        ? Optional.empty()
        : Optional.of(TransitionRefusal.of(REFUSED, from, to));
  }
}
