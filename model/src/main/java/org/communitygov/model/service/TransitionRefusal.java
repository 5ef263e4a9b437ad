package org.communitygov.model.service;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of {@link OrderTransitions#check} for a move the state machine does not allow: a
 * stable code and both statuses.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code {@value OrderTransitions#REFUSED} or {@value OrderTransitions#FIRST_STATUS}, not null
 * @param from the status the order was in, empty for its first event, not null
 * @param to the status it was to move to, not null
 * @since 0.1.0
 */
public record TransitionRefusal(String code, Optional<OrderStatus> from, OrderStatus to) {
  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public TransitionRefusal {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  static TransitionRefusal of(String code, Optional<OrderStatus> from, OrderStatus to) {
    return new TransitionRefusal(code, from, to);
  }

  /**
   * Returns the English explanation, naming both statuses by their FHIR codes.
   *
   * @return the message, not null
   */
  public String message() {
    return from.map(
            f ->
                "serviceOrder: "
                    + f.fhirCode()
                    + " may not be followed by "
                    + to.fhirCode()
                    + "; allowed after "
                    + f.fhirCode()
                    + ": "
                    + OrderTransitions.allowedAfter(f).stream().map(OrderStatus::fhirCode).toList())
        .orElse("serviceOrder: an order starts requested, not " + to.fhirCode());
  }

  /**
   * Returns the exception that {@link ServiceOrder} throws for this refusal.
   *
   * @return the exception, not null
   */
  public OrderTransitionException toException() {
    return new OrderTransitionException(this);
  }
}
