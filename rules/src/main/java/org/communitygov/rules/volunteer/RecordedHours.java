package org.communitygov.rules.volunteer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.volunteer.ServiceRecord;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Explanation;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.Facts;
import org.communitygov.rules.engine.Rule;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;

/**
 * The recorded hours of service records: their sum ({@code COUNTED}), or {@code REFUSED} with the
 * reason {@code record.overlap} when two records of one volunteer overlap on one day — an hour is
 * served once.
 *
 * <p>Input fact: {@code records}, a JSON array of service records.
 *
 * @since 0.1.0
 */
public final class RecordedHours implements Rule<RecordedHours.Input, RecordsOutcome> {
  /** The rule's id. */
  public static final String ID = "volunteer.hours";

  private static final RecordedHours RULE = new RecordedHours();

  /**
   * The input: the records, if given.
   *
   * @param records the records
   * @since 0.1.0
   */
  public record Input(Optional<List<ServiceRecord>> records) {
    /** Copies the list. */
    public Input {
      records = records.map(List::copyOf);
    }
  }

  private RecordedHours() {}

  /**
   * Returns the rule.
   *
   * @return the rule, not null
   */
  public static RecordedHours rule() {
    return RULE;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String version() {
    return "1";
  }

  @Override
  public Decision<RecordsOutcome> evaluate(Input input, RuleContext context) {
    if (input.records().isEmpty()) {
      return Decision.undetermined(ID, List.of("records"), Explanation.of(List.of()));
    }
    List<ServiceRecord> records = input.records().get();
    Optional<List<ServiceRecord>> overlap = RecordChecks.firstOverlap(records);
    if (overlap.isPresent()) {
      return RecordChecks.overlap(ID, overlap.get());
    }
    BigDecimal hours = RecordChecks.sum(records);
    Step total =
        Step.builder("volunteer.hours.total")
            .fact(Fact.of("recordCount", records.size()))
            .result(Fact.of("hours", hours.toPlainString()))
            .build();
    return Decision.of(
        ID,
        new RecordsOutcome(
            "COUNTED",
            Map.of(
                "hours", hours.toPlainString(), "recordCount", Integer.toString(records.size()))),
        Explanation.of(List.of()).thenDecisive(total));
  }

  @Override
  public Facts facts(Input input) {
    return input
        .records()
        .map(r -> Facts.of(List.of(Fact.of("records", VolunteerFacts.json(r)))))
        .orElse(Facts.empty());
  }

  @Override
  public Input input(Facts facts) {
    return new Input(facts.text("records").map(VolunteerFacts::records));
  }
}
