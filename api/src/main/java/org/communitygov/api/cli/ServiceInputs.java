package org.communitygov.api.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.communitygov.api.exchange.RecordKind;
import org.communitygov.api.json.CommunityGovMappers;
import org.communitygov.model.common.CommunityGovException;
import org.communitygov.model.service.Service;
import org.communitygov.model.service.ServiceCatalogue;
import org.communitygov.model.service.ServiceCatalogueEntry;

/**
 * Reads the files of {@code gap}, {@code quality} and {@code eligible} record by record: exchange
 * envelopes ({@code .json}: {@code kind}, then {@code records}) and NDJSON ({@code .ndjson}, {@code
 * .jsonl}: a header line, then one record a line), and a catalogue as the model writes it (an
 * object with {@code services}). A file's kind says what its records are, as {@link RecordKind}
 * binds them: a {@code SERVICES} document is a catalogue stream of providers, sites and services,
 * of which these commands use the services. Files are read in the order of their kinds (services
 * and communities, requests, orders, deliveries, feedback) so that each record finds what it refers
 * to. A record that cannot be read stops the reading with a {@link BadRecord} naming the file, the
 * place and the code.
 */
final class ServiceInputs {
  /**
   * The record kinds these commands read, in the order they are read; what a record of each binds
   * to is the kind's {@link RecordKind#recordType()}.
   */
  static final List<RecordKind> KINDS =
      List.of(
          RecordKind.SERVICES,
          RecordKind.COMMUNITIES,
          RecordKind.HOUSEHOLDS,
          RecordKind.SERVICE_REQUESTS,
          RecordKind.SERVICE_ORDERS,
          RecordKind.DELIVERIES,
          RecordKind.SATISFACTION_FEEDBACK,
          RecordKind.SERVICE_LOOP);

  /** A record that could not be read: where, and the code of what was wrong. */
  static final class BadRecord extends Exception {
    private static final long serialVersionUID = 1L;

    BadRecord(String message) {
      super(message, null, false, false);
    }
  }

  /** One input file and its kind, found from its header. */
  record Input(Path file, RecordKind kind, boolean ndjson, boolean catalogue) {}

  private static final JsonMapper MAPPER = CommunityGovMappers.strict();

  private ServiceInputs() {}

  /** Finds the kind of every file and puts them in reading order. */
  static List<Input> inputs(List<String> files) throws IOException, BadRecord {
    List<Input> inputs = new ArrayList<>();
    for (String name : files) {
      Path file = Path.of(name);
      String lower = name.toLowerCase(Locale.ROOT);
      boolean ndjson = lower.endsWith(".ndjson") || lower.endsWith(".jsonl");
      inputs.add(ndjson ? ndjsonInput(file) : envelopeInput(file));
    }
    inputs.sort(Comparator.comparingInt(i -> KINDS.indexOf(i.kind())));
    return inputs;
  }

  private static Input ndjsonInput(Path file) throws IOException, BadRecord {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          return new Input(file, kind(file, "line 1", header(file, line)), true, false);
        }
      }
    }
    throw new BadRecord(file + ": envelope.header.missing: no header line");
  }

  private static JsonNode header(Path file, String line) throws BadRecord {
    try {
      return MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new BadRecord(file + " line 1: json.syntax: the header is not JSON");
    }
  }

  private static Input envelopeInput(Path file) throws IOException, BadRecord {
    try (InputStream in = Files.newInputStream(file);
        JsonParser p = MAPPER.getFactory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new BadRecord(file + ": json.syntax: not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals("kind")) {
          return new Input(
              file,
              kind(file, "/kind", MAPPER.createObjectNode().put("kind", p.getText())),
              false,
              false);
        } else if (name.equals("services") || name.equals("providers")) {
          return new Input(file, RecordKind.SERVICES, false, true);
        } else if (name.equals("records")) {
          throw new BadRecord(file + " /records: envelope.records.beforeHeader: write kind first");
        }
        p.skipChildren();
      }
    } catch (JsonProcessingException e) {
      throw new BadRecord(file + at(e.getLocation()) + ": json.syntax: not valid JSON");
    }
    throw new BadRecord(file + ": envelope.kind.missing: no kind");
  }

  private static RecordKind kind(Path file, String where, JsonNode header) throws BadRecord {
    String kind = header.path("kind").asText("");
    Optional<RecordKind> known = RecordKind.fromName(kind).filter(KINDS::contains);
    if (known.isPresent()) {
      return known.get();
    }
    throw new BadRecord(
        file
            + " "
            + where
            + ": envelope.kind.unsupported: this command does not read "
            + (kind.isEmpty() ? "a document without a kind" : kind));
  }

  /**
   * Reads every service of a {@code SERVICES} file, giving each to the consumer: the services of a
   * catalogue, or of the entries of a catalogue stream, passing over its providers and sites.
   */
  static void services(Input input, Consumer<Service> each) throws IOException, BadRecord {
    if (input.catalogue()) {
      ServiceCatalogue catalogue =
          bind(
              input.file(),
              "",
              () -> MAPPER.readValue(input.file().toFile(), ServiceCatalogue.class));
      catalogue.services().forEach(each);
    } else {
      read(input, ServiceCatalogueEntry.class, e -> e.service().ifPresent(each));
    }
  }

  /**
   * Reads every record of a file, giving each to the consumer; the type is the record type of the
   * file's kind, else the file is refused ({@code envelope.kind.unexpected}).
   */
  static <T> void read(Input input, Class<T> type, Consumer<T> each) throws IOException, BadRecord {
    if (input.catalogue() || !input.kind().recordType().equals(type)) {
      RecordKind expected =
          KINDS.stream()
              .filter(k -> k.recordType().equals(type))
              .findFirst()
              .orElseThrow(() -> new IllegalArgumentException("no kind of " + type));
      throw new BadRecord(
          input.file()
              + (input.catalogue() ? "" : input.ndjson() ? " line 1" : " /kind")
              + ": envelope.kind.unexpected: a document of kind "
              + expected
              + " is expected, not "
              + input.kind());
    }
    if (input.ndjson()) {
      readLines(input.file(), true, type, each);
    } else {
      readEnvelope(input.file(), type, each);
    }
  }

  /** Reads one value a line, blank lines passed over, the first one as a header if asked. */
  private static <T> void readLines(Path file, boolean header, Class<T> type, Consumer<T> each)
      throws IOException, BadRecord {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      boolean skip = header;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        if (skip) {
          skip = false;
          continue;
        }
        String text = line;
        each.accept(bind(file, " line " + number, () -> MAPPER.readValue(text, type)));
      }
    }
  }

  private static <T> void readEnvelope(Path file, Class<T> type, Consumer<T> each)
      throws IOException, BadRecord {
    try (InputStream in = Files.newInputStream(file);
        JsonParser p = MAPPER.getFactory().createParser(in)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (!name.equals("records")) {
          p.skipChildren();
          continue;
        }
        if (value != JsonToken.START_ARRAY) {
          throw new BadRecord(file + " /records: envelope.records.type: records is an array");
        }
        readArray(file, p, " /records/", type, each);
      }
    } catch (JsonProcessingException e) {
      throw new BadRecord(file + at(e.getLocation()) + ": json.syntax: not valid JSON");
    }
  }

  /**
   * Reads a file of plain values that is not an exchange document: NDJSON ({@code .ndjson}, {@code
   * .jsonl}: one value a line, no header) or a JSON array.
   */
  static <T> void readValues(Path file, Class<T> type, Consumer<T> each)
      throws IOException, BadRecord {
    String lower = file.toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) {
      readLines(file, false, type, each);
      return;
    }
    try (InputStream in = Files.newInputStream(file);
        JsonParser p = MAPPER.getFactory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new BadRecord(file + ": json.syntax: not a JSON array");
      }
      readArray(file, p, " /", type, each);
    } catch (JsonProcessingException e) {
      throw new BadRecord(file + at(e.getLocation()) + ": json.syntax: not valid JSON");
    }
  }

  /** Reads the values of an array the parser is in, each at {@code prefix} and its index. */
  private static <T> void readArray(
      Path file, JsonParser p, String prefix, Class<T> type, Consumer<T> each)
      throws IOException, BadRecord {
    int index = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String where = prefix + index++;
      each.accept(
          bind(
              file,
              where,
              () ->
                  MAPPER
                      .readerFor(type)
                      .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                      .<T>readValue(p)));
    }
  }

  /** Reads one value, turning a failure into a bad record at a place. */
  private static <T> T bind(Path file, String where, Reading<T> reading)
      throws IOException, BadRecord {
    try {
      return reading.read();
    } catch (JsonMappingException e) {
      Throwable cause = e.getCause();
      String pointer = pointer(e);
      if (cause instanceof org.communitygov.model.common.InvalidValueException v
          && v.pointer().isPresent()) {
        pointer = (pointer.isEmpty() ? " " : pointer) + v.pointer().get();
      }
      String code = cause instanceof CommunityGovException c ? c.code() : "record.invalid";
      String message =
          cause instanceof CommunityGovException c
              ? c.getMessage()
              : "the record does not bind to its type";
      throw new BadRecord(file + where + pointer + ": " + code + ": " + message);
    } catch (JsonProcessingException e) {
      throw new BadRecord(file + where + at(e.getLocation()) + ": json.syntax: not valid JSON");
    }
  }

  private static String pointer(JsonMappingException e) {
    StringBuilder pointer = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      pointer
          .append('/')
          .append(r.getFieldName() != null ? r.getFieldName() : Integer.toString(r.getIndex()));
    }
    return pointer.length() == 0 ? "" : " " + pointer;
  }

  private static String at(JsonLocation location) {
    return location == null
        ? ""
        : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  @FunctionalInterface
  private interface Reading<T> {
    T read() throws IOException;
  }
}
