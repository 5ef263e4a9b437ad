package org.communitygov.api.hsds;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.communitygov.model.common.Money;
import org.communitygov.model.household.PopulationGroup;
import org.communitygov.model.service.Fee;
import org.communitygov.model.service.ImmutableFee;
import org.communitygov.model.service.ImmutableSchedule;
import org.communitygov.model.service.ImmutableScheduleException;
import org.communitygov.model.service.ImmutableService;
import org.communitygov.model.service.OpeningHours;
import org.communitygov.model.service.Schedule;

/**
 * Reads a service's HSDS {@code schedules} and {@code cost_options} into its schedule and fees,
 * each only when it fits the model entirely; the residue keeps the others.
 */
final class HsdsServiceParts {
  private final HsdsReader reader;

  HsdsServiceParts(HsdsReader reader) {
    this.reader = reader;
  }

  void schedule(JsonNode s, String at, ImmutableService.Builder service) {
    ImmutableSchedule.Builder schedule = Schedule.builder();
    for (Map.Entry<String, JsonNode> entry : reader.members().objects(s, "schedules", at)) {
      JsonNode e = entry.getValue();
      Optional<LocalTime> opens = time(e.path("opens_at").asText(""));
      Optional<LocalTime> closes = time(e.path("closes_at").asText(""));
      String freq = e.path("freq").asText("");
      if ((freq.equals("WEEKLY") || freq.equals("MONTHLY")) && onlyOurs(e, true)) {
        if (opens.isPresent() && closes.isPresent()) {
          HsdsReader.attempt(
              () ->
                  schedule.addHour(
                      freq.equals("WEEKLY")
                          ? OpeningHours.weekly(
                              days(e.path("byday").asText("")), opens.get(), closes.get())
                          : OpeningHours.monthly(
                              monthDays(e.path("bymonthday").asText("")),
                              opens.get(),
                              closes.get())));
        }
      } else if (freq.isEmpty() && onlyOurs(e, false)) {
        String from = e.path("valid_from").asText("");
        if (from.equals(e.path("valid_to").asText(""))) {
          HsdsReader.attempt(
              () -> {
                LocalDate date = LocalDate.parse(from);
                ImmutableScheduleException.Builder exception =
                    ImmutableScheduleException.builder().date(date);
                opens.ifPresent(exception::opens);
                closes.ifPresent(exception::closes);
                if (e.path("notes").isTextual()) {
                  exception.note(e.path("notes").textValue());
                }
                schedule.addException(exception.build());
              });
        }
      }
    }
    reader.build(at + "/schedules", schedule::build).ifPresent(service::schedule);
  }

  /** Whether a schedule has no member that changes its meaning beyond what the model holds. */
  private static boolean onlyOurs(JsonNode e, boolean repeating) {
    Set<String> beyond =
        new HashSet<>(
            Set.of("dtstart", "until", "count", "byweekno", "byyearday", "interval", "timezone"));
    if (repeating) {
      beyond.addAll(Set.of("valid_from", "valid_to"));
      beyond.add(e.path("freq").asText().equals("WEEKLY") ? "bymonthday" : "byday");
    } else {
      beyond.addAll(Set.of("byday", "bymonthday", "wkst"));
    }
    for (String member : beyond) {
      if (e.has(member)) {
        return false;
      }
    }
    return true;
  }

  void fees(JsonNode s, String at, ImmutableService.Builder service) {
    for (Map.Entry<String, JsonNode> entry : reader.members().objects(s, "cost_options", at)) {
      JsonNode o = entry.getValue();
      String option = o.path("option").asText("");
      Optional<PopulationGroup> group = HsdsReader.parse(PopulationGroup.class, option);
      if ((group.isEmpty() && !option.equals(HsdsWriter.STANDARD_FEE))
          || !o.path("amount").isNumber()) {
        continue;
      }
      BigDecimal subsidy = BigDecimal.ZERO;
      for (JsonNode attribute : o.path("attributes")) {
        if (attribute
            .path("taxonomy_term")
            .path("taxonomy")
            .asText("")
            .equals(HsdsTaxonomy.FEE.taxonomyName())) {
          subsidy = new BigDecimal(attribute.path("value").asText("0"));
        }
      }
      BigDecimal amountSubsidy = subsidy;
      HsdsReader.attempt(
          () -> {
            Currency currency = Currency.getInstance(o.path("currency").asText(""));
            ImmutableFee.Builder fee =
                Fee.builder()
                    .price(Money.of(currency, o.path("amount").decimalValue().add(amountSubsidy)))
                    .subsidy(Money.of(currency, amountSubsidy));
            group.ifPresent(fee::group);
            service.addFee(fee.build());
          });
    }
  }

  private static Optional<LocalTime> time(String text) {
    try {
      return text.isEmpty() ? Optional.empty() : Optional.of(LocalTime.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Set<DayOfWeek> days(String byday) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String day : byday.split(",")) {
      for (DayOfWeek d : DayOfWeek.values()) {
        if (HsdsWriter.day(d).equals(day.trim())) {
          days.add(d);
        }
      }
    }
    return days;
  }

  private static Set<Integer> monthDays(String bymonthday) {
    Set<Integer> days = new TreeSet<>();
    for (String day : bymonthday.split(",")) {
      days.add(Integer.valueOf(day.trim()));
    }
    return days;
  }
}
