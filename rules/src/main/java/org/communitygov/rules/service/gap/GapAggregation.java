package org.communitygov.rules.service.gap;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.communitygov.model.community.Community;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.needs.Need;
import org.communitygov.model.needs.NeedCategory;
import org.communitygov.model.needs.NeedsProfile;
import org.communitygov.model.service.DeliveryRecord;
import org.communitygov.model.service.OrderEvent;
import org.communitygov.model.service.OrderStatus;
import org.communitygov.model.service.Service;
import org.communitygov.model.service.ServiceCatalogue;
import org.communitygov.model.service.ServiceCategory;
import org.communitygov.model.service.ServiceId;
import org.communitygov.model.service.ServiceOrder;
import org.communitygov.model.service.ServiceRequest;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.service.shared.ReportPeriod;
import org.jspecify.annotations.Nullable;

/**
 * The supply–demand gap of a period, aggregated record by record (ADR 0066).
 *
 * <p>Feed it the requests, then the orders, then the deliveries, each once and in any order within
 * its kind; then ask for the {@link #report}. Nothing of a delivery is kept: its units are added to
 * its cell. A request is kept as its cell and time until its orders are seen, and an order as its
 * cell, so that deliveries find their cell through their order — the memory is the cells plus this
 * index of requests and orders, never the deliveries. Figures:
 *
 * <ul>
 *   <li>a request counts in the cell of its community and category (its need's, {@link
 *       #category(NeedCategory)}) when made in the period; requests without a community are counted
 *       as unplaced;
 *   <li>a request is served when one of its orders reached in-progress or completed before the
 *       period's end; its wait, from the request to that event, goes into the request's cell;
 *   <li>an order is placed in the cell of its request's community (else its service's only
 *       community) and its service's category; a delivery of the period adds its units there;
 *   <li>the capacity of every active service is its amount per period times the part of the period
 *       covered, shared equally among the communities it serves.
 * </ul>
 *
 * <p>Mutable, not thread-safe.
 *
 * @since 0.1.0
 */
public final class GapAggregation {
  private final ReportPeriod period;
  private final long start;
  private final long end;
  private final Map<ServiceId, Service> services = new HashMap<>();
  private final Map<CellKey, CellTally> cells = new HashMap<>();
  private final Map<String, RequestEntry> requests = new HashMap<>();
  private final Map<String, CellTally> orders = new HashMap<>();
  private long unplacedRequests;
  private long unplacedOrders;
  private long unplacedDeliveries;
  private long unplacedNeeds;

  private record CellKey(CommunityId community, ServiceCategory category) {}

  /** A request's cell (null without a community), its time and whether it is served yet. */
  private static final class RequestEntry {
    final @Nullable CellTally cell;
    final long at;
    final boolean inPeriod;
    boolean served;

    RequestEntry(@Nullable CellTally cell, long at, boolean inPeriod) {
      this.cell = cell;
      this.at = at;
      this.inPeriod = inPeriod;
    }
  }

  private GapAggregation(List<Service> catalogue, ReportPeriod period) {
    this.period = period;
    this.start = period.start().getEpochSecond();
    this.end = period.end().getEpochSecond();
    for (Service service : catalogue) {
      services.put(service.id(), service);
      CapacityOver.period(service, period)
          .forEach(
              (community, amounts) -> {
                CellTally cell = cell(community, service.category());
                amounts.forEach(
                    (unit, amount) ->
                        cell.capacity[unit.ordinal()] = cell.capacity[unit.ordinal()].add(amount));
              });
    }
  }

  /**
   * Starts an aggregation over a period, with the capacities of a catalogue's services.
   *
   * @param catalogue the catalogue, not null
   * @param period the period, not null
   * @return the aggregation, not null
   */
  public static GapAggregation of(ServiceCatalogue catalogue, ReportPeriod period) {
    return of(catalogue.services(), period);
  }

  /**
   * Starts an aggregation over a period, with the capacities of services.
   *
   * @param services the services, not null
   * @param period the period, not null
   * @return the aggregation, not null
   */
  public static GapAggregation of(List<Service> services, ReportPeriod period) {
    return new GapAggregation(
        List.copyOf(Objects.requireNonNull(services, "services")),
        Objects.requireNonNull(period, "period"));
  }

  /**
   * Returns the service category that meets a category of need: the one of the same code ({@code
   * LEGAL} is met by {@code LEGAL_MEDIATION}), a local category where the catalogue has none.
   *
   * @param need the category of need, not null
   * @return the service category, not null
   */
  public static ServiceCategory category(NeedCategory need) {
    return need == NeedCategory.LEGAL
        ? ServiceCategory.LEGAL_MEDIATION
        : ServiceCategory.of(need.name());
  }

  /**
   * Adds a request.
   *
   * @param request the request, not null
   */
  public void addRequest(ServiceRequest request) {
    long at = request.requestedAt().getEpochSecond();
    boolean inPeriod = at >= start && at < end;
    CellTally cell =
        request.community().map(c -> cell(c, category(request.needCategory()))).orElse(null);
    if (inPeriod) {
      if (cell == null) {
        unplacedRequests++;
      } else {
        cell.requests++;
      }
    }
    requests.put(request.id().value(), new RequestEntry(cell, at, inPeriod));
  }

  /**
   * Adds a need found by an assessment in the period (where the caller has them): shown beside the
   * requests, not judged.
   *
   * @param community the community, not null
   * @param need the category of need, not null
   */
  public void addAssessedNeed(CommunityId community, NeedCategory need) {
    cell(community, category(need)).assessedNeeds++;
  }

  /**
   * Adds the needs of a needs profile if it was made in the period (its {@code asOf} date within
   * the period's days): each need to the cell of the community and the need's category, or, when
   * the community is not known, to the unplaced needs. Shown beside the requests, not judged.
   *
   * @param profile the profile, not null
   * @param community the community of the profile's household or person, if known, not null
   */
  public void addAssessedNeeds(NeedsProfile profile, Optional<CommunityId> community) {
    LocalDate asOf = profile.asOf();
    if (asOf.isBefore(period.first()) || asOf.isAfter(period.last())) {
      return;
    }
    for (Need need : profile.needs()) {
      if (community.isPresent()) {
        addAssessedNeed(community.get(), need.category());
      } else {
        unplacedNeeds++;
      }
    }
  }

  /**
   * Adds an order: places it, and marks its request served if it started before the period's end.
   *
   * @param order the order, not null
   */
  public void addOrder(ServiceOrder order) {
    Service service = services.get(order.service());
    RequestEntry request = requests.get(order.request().value());
    Optional<CommunityId> community =
        request != null && request.cell != null
            ? Optional.of(request.cell.community)
            : service != null && service.communities().size() == 1
                ? Optional.of(service.communities().get(0))
                : Optional.empty();
    if (service == null || community.isEmpty()) {
      unplacedOrders++;
      return;
    }
    orders.put(order.id().value(), cell(community.get(), service.category()));
    if (request == null || request.served || !request.inPeriod || request.cell == null) {
      return;
    }
    Instant started = started(order);
    if (started != null && started.getEpochSecond() < end) {
      request.served = true;
      request.cell.served++;
      request.cell.waits.add(Duration.ofSeconds(started.getEpochSecond() - request.at));
    }
  }

  private static @Nullable Instant started(ServiceOrder order) {
    for (OrderEvent event : order.events()) {
      if (event.status() == OrderStatus.IN_PROGRESS || event.status() == OrderStatus.COMPLETED) {
        return event.at();
      }
    }
    return null;
  }

  /**
   * Adds a delivery: its units to its order's cell if it started in the period.
   *
   * @param delivery the delivery, not null
   */
  public void addDelivery(DeliveryRecord delivery) {
    long at = delivery.start().getEpochSecond();
    if (at < start || at >= end) {
      return;
    }
    CellTally cell = orders.get(delivery.order().value());
    if (cell == null) {
      unplacedDeliveries++;
      return;
    }
    int unit = delivery.units().unit().ordinal();
    cell.delivered[unit] = cell.delivered[unit].add(delivery.units().quantity());
  }

  /**
   * Returns the number of cells so far.
   *
   * @return the cells
   */
  public int cellCount() {
    return cells.size();
  }

  /**
   * Judges every cell and suggests sharing for the shortages.
   *
   * @param context the parameters, jurisdiction and date of the judgement, not null
   * @param communities the communities, whose street office or township tells the neighbours; a
   *     community not among them gets no suggestions, not null
   * @return the report, not null
   * @throws org.communitygov.rules.engine.MissingParameterException if a threshold has no value
   */
  public GapReport report(RuleContext context, List<Community> communities) {
    List<GapRow> rows = GapRows.of(cells.values(), context, communities);
    return new GapReport(
        period, rows, unplacedRequests, unplacedOrders, unplacedDeliveries, unplacedNeeds);
  }

  private CellTally cell(CommunityId community, ServiceCategory category) {
    return cells.computeIfAbsent(
        new CellKey(community, category), k -> new CellTally(community, category));
  }

  /** The capacity of the services of a cell, for a test. */
  BigDecimal[] capacity(CommunityId community, ServiceCategory category) {
    return cell(community, category).capacity.clone();
  }
}
