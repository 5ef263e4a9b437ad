package org.communitygov.api.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.service.DeliveryRecord;
import org.communitygov.model.service.OrderEvent;
import org.communitygov.model.service.OrderStatus;
import org.communitygov.model.service.SatisfactionFeedback;
import org.communitygov.model.service.ServiceLoopEntry;
import org.communitygov.model.service.ServiceOrder;
import org.communitygov.model.service.ServiceRequest;

/**
 * The links of a {@link RecordKind#SERVICE_LOOP} document (ADR 0062).
 *
 * <ul>
 *   <li>A request declares its id; an order may refer to it from its first event on (a warning if
 *       the document does not hold it: requests may travel apart).
 *   <li>An order declares its id, open to deliveries from its acceptance to its end (the first
 *       final status), never if it was not accepted; it refers to its request, sent no earlier than
 *       the request was made.
 *   <li>A delivery refers to its order, within the order's life (an error if the order is not in
 *       the document); it declares its id, open to feedback from its end on.
 *   <li>Feedback refers to its delivery (an error if it is not in the document), given after it.
 * </ul>
 */
final class LoopLinks implements LinkDeclaration {
  static final LoopLinks INSTANCE = new LoopLinks();

  private static final Map<String, String> KEYS =
      Map.of("/request/id", "request", "/order/id", "order", "/delivery/id", "delivery");

  private LoopLinks() {}

  @Override
  public Links links(Object record) {
    ServiceLoopEntry entry = (ServiceLoopEntry) record;
    if (entry.request().isPresent()) {
      ServiceRequest request = entry.request().get();
      return new Links(
          List.of(
              new Links.Key(
                  "request",
                  request.id().value(),
                  "/request/id",
                  Links.Window.from(request.requestedAt()))),
          List.of(),
          List.of());
    }
    if (entry.order().isPresent()) {
      ServiceOrder order = entry.order().get();
      return new Links(
          List.of(new Links.Key("order", order.id().value(), "/order/id", life(order))),
          List.of(
              new Links.Reference(
                  "request",
                  order.request().value(),
                  "/order/request",
                  Severity.WARNING,
                  Links.Window.at(order.events().get(0).at()))),
          List.of());
    }
    if (entry.delivery().isPresent()) {
      DeliveryRecord delivery = entry.delivery().get();
      return new Links(
          List.of(
              new Links.Key(
                  "delivery",
                  delivery.id().value(),
                  "/delivery/id",
                  Links.Window.from(delivery.end()))),
          List.of(
              new Links.Reference(
                  "order",
                  delivery.order().value(),
                  "/delivery/order",
                  Severity.ERROR,
                  Links.Window.of(delivery.start(), delivery.end()))),
          List.of());
    }
    SatisfactionFeedback feedback = entry.feedback().orElseThrow();
    return new Links(
        List.of(),
        List.of(
            new Links.Reference(
                "delivery",
                feedback.delivery().value(),
                "/feedback/delivery",
                Severity.ERROR,
                Links.Window.at(feedback.givenAt()))),
        List.of());
  }

  /**
   * When an order may be delivered: from its acceptance to its first final status (open while it
   * runs); never if it was not accepted.
   */
  static Links.Window life(ServiceOrder order) {
    Optional<Instant> accepted = Optional.empty();
    for (OrderEvent event : order.events()) {
      if (accepted.isEmpty() && event.status() == OrderStatus.ACCEPTED) {
        accepted = Optional.of(event.at());
      }
      if (event.status().isTerminal()) {
        return accepted.map(from -> Links.Window.of(from, event.at())).orElse(Links.Window.NEVER);
      }
    }
    return accepted.map(Links.Window::from).orElse(Links.Window.NEVER);
  }

  @Override
  public Map<String, String> keyPointers() {
    return KEYS;
  }
}
