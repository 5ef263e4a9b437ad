package org.communitygov.model.service;

import java.io.Serial;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.communitygov.model.common.CommunityGovException;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a service order's history holds a move its state machine ({@link OrderTransitions})
 * does not allow, such as completed → in-progress. Its code is {@value OrderTransitions#REFUSED},
 * or {@value OrderTransitions#FIRST_STATUS} when the first event is not requested.
 *
 * <p>It carries both statuses, so a caller can report them without parsing the message.
 *
 * @since 0.1.0
 */
public final class OrderTransitionException extends CommunityGovException {
  @Serial private static final long serialVersionUID = 1L;

  private final @Nullable OrderStatus from;
  private final OrderStatus to;
  private final int event;

  /**
   * Creates the exception for a refused move.
   *
   * @param refusal the refusal, not null
   * @throws NullPointerException if {@code refusal} is null
   */
  public OrderTransitionException(TransitionRefusal refusal) {
    this(refusal, -1);
  }

  /**
   * Creates the exception for a refused move found in an order's history.
   *
   * @param refusal the refusal, not null
   * @param event the index of the refused event in the order's events, from 0; negative if unknown
   * @throws NullPointerException if {@code refusal} is null
   */
  public OrderTransitionException(TransitionRefusal refusal, int event) {
    super(Objects.requireNonNull(refusal, "refusal").code(), refusal.message());
    this.from = refusal.from().orElse(null);
    this.to = refusal.to();
    this.event = event;
  }

  /**
   * Returns the index of the refused event in the order's events, where known.
   *
   * @return the index from 0, empty if the move was refused outside an order's history, not null
   */
  public OptionalInt event() {
    return event < 0 ? OptionalInt.empty() : OptionalInt.of(event);
  }

  /**
   * Returns the status the order was in.
   *
   * @return the status, empty if the refused event was the order's first, not null
   */
  public Optional<OrderStatus> from() {
    return Optional.ofNullable(from);
  }

  /**
   * Returns the status the order was to move to.
   *
   * @return the status, not null
   */
  public OrderStatus to() {
    return to;
  }
}
