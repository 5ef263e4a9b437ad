package org.communitygov.api.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.communitygov.api.exchange.RecordKind;
import org.communitygov.api.json.CommunityGovMappers;
import org.communitygov.model.common.CommunityGovException;
import org.communitygov.model.common.InvalidValueException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Reads the files of {@code communitygov volunteer}: an exchange envelope's records (or a plain
 * JSON array) bound to a model type. A record that does not bind is a failure naming the file, the
 * record's index and the model's code; {@code communitygov validate} reports every problem.
 */
final class VolunteerFiles {
  private static final JsonMapper JSON = CommunityGovMappers.strict();

  private VolunteerFiles() {}

  static <T> List<T> read(String file, Class<T> type) throws UnreadableInput {
    return records(file, tree(file), type);
  }

  /** The JSON of a file. */
  static JsonNode tree(String file) throws UnreadableInput {
    try {
      return JSON.readTree(InputFiles.text(file));
    } catch (JacksonException e) {
      throw InputFiles.notValid(file, "JSON document", e);
    }
  }

  /**
   * The records of a file's JSON (an envelope's records or a plain array), bound to a type. An
   * envelope whose {@code kind} is another type's is refused ({@code read.kind}) before a record is
   * read: the file was given for the wrong option.
   */
  static <T> List<T> records(String file, JsonNode root, Class<T> type) {
    if (root.isObject() && root.has("kind")) {
      String kind = root.path("kind").asText();
      if (RecordKind.fromName(kind).map(RecordKind::recordType).filter(type::equals).isEmpty()) {
        throw new CommunityGovException(
            "read.kind",
            file + ": the document holds " + kindText(kind) + ", not " + wanted(type) + " records");
      }
    }
    JsonNode records = root.isArray() ? root : root.path("records");
    if (!records.isArray()) {
      throw new CommunityGovException("read.records", file + ": no records array");
    }
    List<T> values = new ArrayList<>();
    int index = 0;
    for (JsonNode record : records) {
      try {
        values.add(JSON.treeToValue(record, type));
      } catch (JacksonException e) {
        String code =
            e.getCause() instanceof InvalidValueException invalid ? invalid.code() : "record.bind";
        throw new CommunityGovException(
            code,
            file
                + ": record "
                + index
                + " is not a valid "
                + type.getSimpleName()
                + " ("
                + code
                + "); communitygov validate reports every problem");
      }
      index++;
    }
    return values;
  }

  /**
   * An envelope's kind as the message names it: a known kind by name, another quoted only when it
   * looks like a kind's name (capitals, digits and underscores, at most 40): a message never
   * repeats an arbitrary value of the file.
   */
  private static String kindText(String kind) {
    return RecordKind.fromName(kind)
        .map(RecordKind::name)
        .orElse(
            kind.matches("[A-Z0-9_]{1,40}") ? "an unknown kind '" + kind + "'" : "an unknown kind");
  }

  /** The kind of records a type is, by the kind's name, or the type's simple name if none is. */
  private static String wanted(Class<?> type) {
    for (RecordKind kind : RecordKind.values()) {
      if (kind.recordType().equals(type)) {
        return kind.name();
      }
    }
    return type.getSimpleName();
  }

  /** Reads a date option; a bad one is a usage error naming the option. */
  static LocalDate day(CommandSpec spec, String option, String text) {
    try {
      LocalDate date = LocalDate.parse(text);
      if (!date.isBefore(LocalDate.parse(PlaceAndDate.EARLIEST))
          && !date.isAfter(LocalDate.parse(PlaceAndDate.LATEST))) {
        return date;
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new ParameterException(
        spec.commandLine(),
        option
            + " must be an ISO date from "
            + PlaceAndDate.EARLIEST
            + " to "
            + PlaceAndDate.LATEST
            + ", not '"
            + text
            + "'");
  }
}
