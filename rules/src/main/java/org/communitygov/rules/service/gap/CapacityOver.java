package org.communitygov.rules.service.gap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.service.Capacity;
import org.communitygov.model.service.CapacityPeriod;
import org.communitygov.model.service.CapacityUnit;
import org.communitygov.model.service.Service;
import org.communitygov.model.service.ServiceStatus;
import org.communitygov.rules.service.shared.ReportPeriod;

/**
 * The capacity a service offers over a report period, per community it serves: its amount per day,
 * week, month or year times the number of such periods the report covers (calendar months and years
 * counted by the days covered in each), shared equally among its communities and rounded half up to
 * two decimals. Only an active service offers capacity.
 */
final class CapacityOver {
  private static final int SCALE = 12;

  private CapacityOver() {}

  static Map<CommunityId, Map<CapacityUnit, BigDecimal>> period(
      Service service, ReportPeriod period) {
    Map<CommunityId, Map<CapacityUnit, BigDecimal>> byCommunity = new LinkedHashMap<>();
    if (service.status() != ServiceStatus.ACTIVE || service.communities().isEmpty()) {
      return byCommunity;
    }
    BigDecimal share = BigDecimal.valueOf(service.communities().size());
    Map<CapacityUnit, BigDecimal> amounts = new EnumMap<>(CapacityUnit.class);
    for (Capacity capacity : service.capacities()) {
      BigDecimal whole =
          BigDecimal.valueOf(capacity.amount()).multiply(periods(capacity.period(), period));
      amounts.merge(capacity.unit(), whole, BigDecimal::add);
    }
    amounts.replaceAll((unit, whole) -> whole.divide(share, 2, RoundingMode.HALF_UP));
    for (CommunityId community : service.communities()) {
      byCommunity.put(community, amounts);
    }
    return byCommunity;
  }

  /** How many of a capacity's periods the report covers. */
  static BigDecimal periods(CapacityPeriod unit, ReportPeriod period) {
    long days = period.days();
    return switch (unit) {
      case DAY -> BigDecimal.valueOf(days);
      case WEEK ->
          BigDecimal.valueOf(days).divide(BigDecimal.valueOf(7), SCALE, RoundingMode.HALF_UP);
      case MONTH -> covered(period, ChronoUnit.MONTHS);
      case YEAR -> covered(period, ChronoUnit.YEARS);
    };
  }

  /** The sum, over the calendar months (or years) the period touches, of the part covered. */
  private static BigDecimal covered(ReportPeriod period, ChronoUnit calendar) {
    BigDecimal sum = BigDecimal.ZERO;
    LocalDate from = period.first();
    while (!from.isAfter(period.last())) {
      LocalDate unitStart =
          calendar == ChronoUnit.MONTHS ? from.withDayOfMonth(1) : from.withDayOfYear(1);
      LocalDate next = unitStart.plus(1, calendar);
      LocalDate to = next.isAfter(period.last()) ? period.last().plusDays(1) : next;
      long length = ChronoUnit.DAYS.between(unitStart, next);
      long covered = ChronoUnit.DAYS.between(from, to);
      sum =
          sum.add(
              BigDecimal.valueOf(covered)
                  .divide(BigDecimal.valueOf(length), SCALE, RoundingMode.HALF_UP));
      from = to;
    }
    return sum;
  }
}
