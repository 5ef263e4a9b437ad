package org.communitygov.api.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitygov.api.json.CommunityGovMappers;
import org.communitygov.model.common.CommunityGovException;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.points.MemberId;
import org.communitygov.model.points.Scheme;
import org.communitygov.model.volunteer.ServiceRecord;
import org.communitygov.model.volunteer.ServiceRecordId;
import org.communitygov.rules.ledger.FileLedgerStore;
import org.communitygov.rules.ledger.Ledger;
import org.communitygov.rules.points.Evaluation;
import org.communitygov.rules.points.PointsBook;
import org.communitygov.rules.points.ServiceRecordInput;

/** The files of {@code communitygov points}: a scheme, its journal, service records. */
final class PointsFiles {
  private static final JsonMapper JSON = CommunityGovMappers.strict();

  private PointsFiles() {}

  static Scheme scheme(String file) throws UnreadableInput {
    String text = InputFiles.text(file);
    try {
      return JSON.readValue(text, Scheme.class);
    } catch (JacksonException e) {
      throw InputFiles.notValid(file, "points scheme", e);
    }
  }

  /** The scheme's ledger on its journal file, created if absent; today is the system's date. */
  static Ledger ledger(Scheme scheme, String journal) {
    return Ledger.open(
        PointsBook.ledgerId(scheme),
        FileLedgerStore.open(Path.of(journal), FileLedgerStore.TornTail.REFUSE),
        Clock.systemUTC());
  }

  /**
   * Reads service records: a {@code SERVICE_RECORDS} exchange document (volunteer service records,
   * each credited as {@link ServiceRecordInput#from(ServiceRecord, java.util.Collection)}: the
   * volunteer is the member, evaluated by the evaluations of that record, group service if the
   * record names its group), or a JSON array of {@code {record, activity, member, date, hours,
   * organiser, evaluation?, group?}}.
   *
   * @param evaluations the evaluations of the document's records, or empty if none were given
   * @throws CommunityGovException if evaluations are given with a plain array ({@code
   *     read.evaluations}): its records carry their own; or if an evaluation evaluates no record of
   *     the document ({@code read.evaluations.unmatched})
   */
  static List<ServiceRecordInput> records(
      String file, Optional<List<org.communitygov.model.volunteer.Evaluation>> evaluations)
      throws UnreadableInput {
    JsonNode root = VolunteerFiles.tree(file);
    if (root.isObject() && root.has("kind")) {
      // VolunteerFiles.records refuses another kind of document (read.kind) before reading it.
      List<ServiceRecord> records = VolunteerFiles.records(file, root, ServiceRecord.class);
      Map<ServiceRecordId, List<org.communitygov.model.volunteer.Evaluation>> byRecord =
          byRecord(file, records, evaluations.orElse(List.of()));
      return records.stream()
          .map(r -> ServiceRecordInput.from(r, byRecord.getOrDefault(r.id(), List.of())))
          .toList();
    }
    if (evaluations.isPresent()) {
      throw new CommunityGovException(
          "read.evaluations",
          file
              + ": evaluations go with a SERVICE_RECORDS document; a plain array gives each"
              + " record's evaluation");
    }
    if (!root.isArray()) {
      throw InvalidValueException.of("serviceRecords", "array", "the file holds a JSON array");
    }
    List<ServiceRecordInput> records = new ArrayList<>();
    for (JsonNode r : root) {
      records.add(record(file, records.size(), r));
    }
    return records;
  }

  /**
   * The evaluations by the record they evaluate. Every evaluation must evaluate a record of the
   * document, given by its volunteer: one that names no record, a record the document does not
   * hold, or another volunteer than the record's would be left out without a word, so it is refused
   * ({@code read.evaluations.unmatched}, by its place in the evaluations and its id if it has one)
   * before anything is credited.
   */
  private static Map<ServiceRecordId, List<org.communitygov.model.volunteer.Evaluation>> byRecord(
      String file,
      List<ServiceRecord> records,
      List<org.communitygov.model.volunteer.Evaluation> evaluations) {
    Map<ServiceRecordId, ServiceRecord> held = new HashMap<>();
    for (ServiceRecord r : records) {
      held.put(r.id(), r);
    }
    Map<ServiceRecordId, List<org.communitygov.model.volunteer.Evaluation>> byRecord =
        new HashMap<>();
    for (int i = 0; i < evaluations.size(); i++) {
      org.communitygov.model.volunteer.Evaluation e = evaluations.get(i);
      ServiceRecord record = e.record().map(held::get).orElse(null);
      String problem;
      if (e.record().isEmpty()) {
        problem = "names no service record";
      } else if (record == null) {
        problem = "evaluates " + e.record().get().value() + ", which " + file + " does not hold";
      } else if (!record.volunteer().equals(e.volunteer())) {
        problem =
            "is of volunteer "
                + e.volunteer().value()
                + ", but "
                + record.id().value()
                + " is of "
                + record.volunteer().value();
      } else {
        byRecord.computeIfAbsent(record.id(), k -> new ArrayList<>()).add(e);
        continue;
      }
      throw new CommunityGovException(
          "read.evaluations.unmatched",
          "evaluation "
              + i
              + e.id().map(id -> " (" + id.value() + ")").orElse("")
              + " "
              + problem
              + "; nothing was credited");
    }
    return byRecord;
  }

  /** One record of a plain array; a value that does not parse is named, never quoted. */
  private static ServiceRecordInput record(String file, int index, JsonNode r) {
    String field = "date";
    try {
      LocalDate date = LocalDate.parse(text(r, field));
      field = "hours";
      BigDecimal hours = new BigDecimal(text(r, field));
      field = "evaluation";
      Evaluation evaluation = Evaluation.valueOf(r.path(field).asText("NONE"));
      return new ServiceRecordInput(
          text(r, "record"),
          text(r, "activity"),
          MemberId.of(text(r, "member")),
          date,
          hours,
          text(r, "organiser"),
          evaluation,
          r.path("group").asBoolean(false));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new CommunityGovException(
          "serviceRecord." + field, file + ": record " + index + ": " + field + " is not valid");
    }
  }

  private static String text(JsonNode record, String name) {
    JsonNode value = record.get(name);
    if (value == null || !value.isValueNode()) {
      throw InvalidValueException.of("serviceRecord", name, "a service record has its " + name);
    }
    return value.asText();
  }
}
