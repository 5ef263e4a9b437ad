package org.communitygov.rules.service.gap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.communitygov.model.community.Community;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.service.CapacityUnit;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.RuleContext;

/**
 * Turns the tallies into rows: judged by the gap rule, shortages with their sharing suggestions.
 */
final class GapRows {
  private GapRows() {}

  static List<GapRow> of(
      Collection<CellTally> cells, RuleContext context, List<Community> communities) {
    List<GapRow> judged = new ArrayList<>(cells.size());
    for (CellTally cell : cells) {
      judged.add(row(cell, context, List.of()));
    }
    judged.sort(
        Comparator.comparing((GapRow r) -> r.community().value())
            .thenComparing(r -> r.category().code()));
    Map<CommunityId, String> township = townships(communities);
    List<GapRow> rows = new ArrayList<>(judged.size());
    for (GapRow row : judged) {
      rows.add(row.status() == GapStatus.SHORTAGE ? withSuggestions(row, judged, township) : row);
    }
    return rows;
  }

  private static GapRow row(CellTally cell, RuleContext context, List<SharingSuggestion> none) {
    CapacityUnit unit = cell.judgedUnit();
    BigDecimal capacity = unit == null ? BigDecimal.ZERO : cell.capacity[unit.ordinal()];
    BigDecimal delivered = unit == null ? BigDecimal.ZERO : cell.delivered[unit.ordinal()];
    GapFigures figures =
        GapFigures.of(cell.requests, cell.requests - cell.served, capacity, delivered);
    Decision<GapResult> decision = GapClassification.rule().evaluate(figures, context);
    return new GapRow(
        cell.community,
        cell.category,
        cell.requests,
        cell.assessedNeeds,
        cell.served,
        nonZero(cell.capacity),
        nonZero(cell.delivered),
        Optional.ofNullable(unit),
        cell.waits.percentile(50),
        cell.waits.percentile(90),
        decision,
        none);
  }

  private static Map<CapacityUnit, BigDecimal> nonZero(BigDecimal[] sums) {
    Map<CapacityUnit, BigDecimal> map = new EnumMap<>(CapacityUnit.class);
    for (CapacityUnit unit : CapacityUnit.values()) {
      if (sums[unit.ordinal()].signum() != 0) {
        map.put(unit, sums[unit.ordinal()]);
      }
    }
    return map;
  }

  /**
   * The communities of the same street office or township (the same division code, else the same
   * name) with spare capacity in the shortage's unit, in the same category, not short themselves.
   */
  private static GapRow withSuggestions(
      GapRow shortage, List<GapRow> rows, Map<CommunityId, String> township) {
    String mine = township.get(shortage.community());
    CapacityUnit unit = shortage.judgedUnit().orElse(null);
    if (mine == null || unit == null) {
      return shortage;
    }
    List<SharingSuggestion> suggestions = new ArrayList<>();
    for (GapRow other : rows) {
      if (other != shortage
          && other.category().equals(shortage.category())
          && !other.community().equals(shortage.community())
          && Objects.equals(township.get(other.community()), mine)
          && other.status() != GapStatus.SHORTAGE
          && other.spare(unit).signum() > 0) {
        suggestions.add(new SharingSuggestion(other.community(), unit, other.spare(unit)));
      }
    }
    suggestions.sort(
        Comparator.comparing(SharingSuggestion::spare)
            .reversed()
            .thenComparing(s -> s.community().value()));
    return new GapRow(
        shortage.community(),
        shortage.category(),
        shortage.requests(),
        shortage.assessedNeeds(),
        shortage.servedRequests(),
        shortage.capacity(),
        shortage.delivered(),
        shortage.judgedUnit(),
        shortage.medianWait(),
        shortage.p90Wait(),
        shortage.decision(),
        suggestions);
  }

  private static Map<CommunityId, String> townships(List<Community> communities) {
    Map<CommunityId, String> township = new HashMap<>();
    for (Community c : communities) {
      c.township()
          .map(t -> t.divisionCode().map(d -> d.toString()).orElse("name:" + t.name().zh()))
          .ifPresent(t -> township.put(c.id(), t));
    }
    return township;
  }
}
