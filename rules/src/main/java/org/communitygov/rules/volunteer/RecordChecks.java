package org.communitygov.rules.volunteer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.volunteer.ServiceRecord;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Explanation;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.Step;

/** The checks the hours and the certificate rules share: overlaps and the sum of hours. */
final class RecordChecks {
  private RecordChecks() {}

  /** The first two records of one volunteer whose times overlap on one date, in time order. */
  static Optional<List<ServiceRecord>> firstOverlap(List<ServiceRecord> records) {
    List<ServiceRecord> sorted = new ArrayList<>(records);
    sorted.sort(
        Comparator.comparing((ServiceRecord r) -> r.volunteer().value())
            .thenComparing(ServiceRecord::date)
            .thenComparing(ServiceRecord::start)
            .thenComparing(r -> r.id().value()));
    ServiceRecord longest = null;
    for (ServiceRecord r : sorted) {
      if (longest != null && longest.volunteer().equals(r.volunteer()) && longest.overlaps(r)) {
        return Optional.of(List.of(longest, r));
      }
      if (longest == null
          || !longest.volunteer().equals(r.volunteer())
          || !longest.date().equals(r.date())
          || r.end().isAfter(longest.end())) {
        longest = r;
      }
    }
    return Optional.empty();
  }

  /** A refusal for two overlapping records, decided by the step that shows them. */
  static Decision<RecordsOutcome> overlap(String ruleId, List<ServiceRecord> pair) {
    ServiceRecord a = pair.get(0);
    ServiceRecord b = pair.get(1);
    Step step =
        Step.builder("volunteer.records.overlap")
            .fact(Fact.of("volunteer", a.volunteer().value()))
            .fact(Fact.of("date", a.date().toString()))
            .fact(Fact.of("firstRecord", a.id().value() + " " + a.start() + "–" + a.end()))
            .fact(Fact.of("secondRecord", b.id().value() + " " + b.start() + "–" + b.end()))
            .result(Fact.of("reason", "record.overlap"))
            .build();
    return Decision.of(
        ruleId,
        RecordsOutcome.refused(
            "record.overlap",
            Map.of("records", a.id().value() + "," + b.id().value(), "date", a.date().toString())),
        Explanation.of(List.of()).thenDecisive(step));
  }

  static BigDecimal sum(List<ServiceRecord> records) {
    BigDecimal sum = BigDecimal.ZERO.setScale(2);
    for (ServiceRecord r : records) {
      sum = sum.add(r.hours());
    }
    return sum;
  }
}
