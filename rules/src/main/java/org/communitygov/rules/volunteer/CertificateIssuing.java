package org.communitygov.rules.volunteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.volunteer.OrganisationId;
import org.communitygov.model.volunteer.ServiceRecord;
import org.communitygov.model.volunteer.VolunteerId;
import org.communitygov.rules.engine.Comparison;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Explanation;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.Facts;
import org.communitygov.rules.engine.Operand;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.Rule;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;

/**
 * Whether an organisation may issue a service certificate (志愿服务证明) over records: only the organiser
 * of every record ("谁组织谁记录，谁记录谁证明", 民政部令第67号), for one volunteer, inside the period, with no two
 * records overlapping on a day.
 *
 * <p>Outcome {@code ISSUED} with the hours and the number of records, or {@code REFUSED} with the
 * first reason, in this order: {@code certificate.noRecords}, {@code certificate.otherVolunteer},
 * {@code certificate.outsidePeriod}, {@code certificate.otherOrganiser}, {@code record.overlap}.
 *
 * <p>Input facts: {@code issuer}, {@code volunteer}, {@code firstDay}, {@code lastDay} and {@code
 * records} (a JSON array of service records).
 *
 * @since 0.1.0
 */
public final class CertificateIssuing implements Rule<CertificateIssuing.Request, RecordsOutcome> {
  /** The rule's id. */
  public static final String ID = "volunteer.certificate";

  private static final CertificateIssuing RULE = new CertificateIssuing();

  /**
   * A request for a certificate; absent parts make the decision undetermined.
   *
   * @param issuer the organisation asked to certify
   * @param volunteer the volunteer
   * @param firstDay the first day of the period
   * @param lastDay the last day of the period
   * @param records the records to certify
   * @since 0.1.0
   */
  public record Request(
      Optional<OrganisationId> issuer,
      Optional<VolunteerId> volunteer,
      Optional<LocalDate> firstDay,
      Optional<LocalDate> lastDay,
      Optional<List<ServiceRecord>> records) {
    /** Copies the list. */
    public Request {
      records = records.map(List::copyOf);
    }

    /**
     * Returns a complete request.
     *
     * @param issuer the organisation asked to certify
     * @param volunteer the volunteer
     * @param firstDay the first day
     * @param lastDay the last day
     * @param records the records
     * @return the request
     */
    public static Request of(
        OrganisationId issuer,
        VolunteerId volunteer,
        LocalDate firstDay,
        LocalDate lastDay,
        List<ServiceRecord> records) {
      return new Request(
          Optional.of(issuer),
          Optional.of(volunteer),
          Optional.of(firstDay),
          Optional.of(lastDay),
          Optional.of(records));
    }
  }

  private CertificateIssuing() {}

  /**
   * Returns the rule.
   *
   * @return the rule, not null
   */
  public static CertificateIssuing rule() {
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
  public Decision<RecordsOutcome> evaluate(Request in, RuleContext context) {
    List<String> missing = new ArrayList<>();
    if (in.issuer().isEmpty()) {
      missing.add("issuer");
    }
    if (in.volunteer().isEmpty()) {
      missing.add("volunteer");
    }
    if (in.firstDay().isEmpty()) {
      missing.add("firstDay");
    }
    if (in.lastDay().isEmpty()) {
      missing.add("lastDay");
    }
    if (in.records().isEmpty()) {
      missing.add("records");
    }
    if (!missing.isEmpty()) {
      return Decision.undetermined(ID, missing, Explanation.of(List.of()));
    }
    String issuer = in.issuer().get().value();
    String volunteer = in.volunteer().get().value();
    LocalDate first = in.firstDay().get();
    LocalDate last = in.lastDay().get();
    List<ServiceRecord> records = in.records().get();
    if (records.isEmpty()) {
      Step none =
          Step.builder("volunteer.certificate.noRecords")
              .fact(Fact.of("recordCount", 0))
              .result(Fact.of("reason", "certificate.noRecords"))
              .build();
      return refused("certificate.noRecords", Map.of(), none);
    }
    for (ServiceRecord r : records) {
      if (!r.volunteer().value().equals(volunteer)) {
        return refused(
            "certificate.otherVolunteer",
            Map.of("record", r.id().value()),
            differs(
                "volunteer.certificate.otherVolunteer",
                r,
                "recordVolunteer",
                r.volunteer().value(),
                "volunteer",
                volunteer));
      }
    }
    for (ServiceRecord r : records) {
      if (r.date().isBefore(first) || r.date().isAfter(last)) {
        Step outside =
            Step.builder("volunteer.certificate.outsidePeriod")
                .fact(Fact.of("record", r.id().value()))
                .fact(Fact.of("date", r.date().toString()))
                .fact(Fact.of("period", first + "/" + last))
                .result(Fact.of("reason", "certificate.outsidePeriod"))
                .build();
        return refused("certificate.outsidePeriod", Map.of("record", r.id().value()), outside);
      }
    }
    for (ServiceRecord r : records) {
      if (!r.organiser().value().equals(issuer)) {
        return refused(
            "certificate.otherOrganiser",
            Map.of("record", r.id().value(), "organiser", r.organiser().value()),
            differs(
                "volunteer.certificate.otherOrganiser",
                r,
                "organiser",
                r.organiser().value(),
                "issuer",
                issuer));
      }
    }
    Optional<List<ServiceRecord>> overlap = RecordChecks.firstOverlap(records);
    if (overlap.isPresent()) {
      return RecordChecks.overlap(ID, overlap.get());
    }
    String hours = RecordChecks.sum(records).toPlainString();
    Step organised =
        Step.builder("volunteer.certificate.organisedByIssuer")
            .fact(Fact.of("issuer", issuer))
            .fact(Fact.of("recordCount", records.size()))
            .result(Fact.of("hours", hours))
            .build();
    Map<String, String> details = new LinkedHashMap<>();
    details.put("hours", hours);
    details.put("recordCount", Integer.toString(records.size()));
    return Decision.of(
        ID,
        new RecordsOutcome("ISSUED", details),
        Explanation.of(List.of()).thenDecisive(organised));
  }

  private static Step differs(
      String id, ServiceRecord r, String left, String leftValue, String right, String rightValue) {
    return Step.builder(id)
        .fact(Fact.of("record", r.id().value()))
        .comparison(
            Comparison.of(
                Operand.of(Fact.of(left, leftValue)),
                Operator.NE,
                Operand.of(Fact.of(right, rightValue))))
        .build();
  }

  private static Decision<RecordsOutcome> refused(
      String reason, Map<String, String> facts, Step decisive) {
    return Decision.of(
        ID,
        RecordsOutcome.refused(reason, facts),
        Explanation.of(List.of()).thenDecisive(decisive));
  }

  @Override
  public Facts facts(Request in) {
    List<Fact> facts = new ArrayList<>();
    in.issuer().ifPresent(i -> facts.add(Fact.of("issuer", i.value())));
    in.volunteer().ifPresent(v -> facts.add(Fact.of("volunteer", v.value())));
    in.firstDay().ifPresent(d -> facts.add(Fact.of("firstDay", d.toString())));
    in.lastDay().ifPresent(d -> facts.add(Fact.of("lastDay", d.toString())));
    in.records().ifPresent(r -> facts.add(Fact.of("records", VolunteerFacts.json(r))));
    return Facts.of(facts);
  }

  @Override
  public Request input(Facts facts) {
    return new Request(
        facts.text("issuer").map(OrganisationId::of),
        facts.text("volunteer").map(VolunteerId::of),
        facts.text("firstDay").map(t -> VolunteerFacts.date("firstDay", t)),
        facts.text("lastDay").map(t -> VolunteerFacts.date("lastDay", t)),
        facts.text("records").map(VolunteerFacts::records));
  }
}
