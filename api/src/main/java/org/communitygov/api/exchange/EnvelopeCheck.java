package org.communitygov.api.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.util.Optional;

/**
 * Streams an envelope: reads the header members into a small tree, then each element of {@code
 * records} on its own, so memory is bounded by the largest record. The records are checked as they
 * come when {@code kind} and {@code version} came before them; otherwise they are only read, and
 * {@code envelope.records.beforeHeader} is reported. A syntax error ends the reading.
 */
final class EnvelopeCheck {
  private final Bindings bindings;
  private final IssueSink sink;
  private final HeaderCheck headers;
  private final RecordStep records;
  private final TreeReader trees;
  private final RecordTokens tokens;
  private final long maxRecordLength;
  private final ValidationMode mode;
  private final Progress progress;
  private long recordsRead;
  private Optional<ExchangeHeader> header = Optional.empty();

  EnvelopeCheck(
      Bindings bindings, Settings settings, IssueSink sink, RecordCheck check, Progress progress) {
    this.bindings = bindings;
    this.sink = sink;
    this.headers = new HeaderCheck(settings, sink, check);
    this.records = new RecordStep(sink, check);
    this.trees = new TreeReader(sink, settings.maxRecordLength);
    this.tokens = new RecordTokens(settings.maxRecordLength);
    this.maxRecordLength = settings.maxRecordLength;
    this.mode = settings.mode;
    this.progress = progress;
  }

  long recordsRead() {
    return recordsRead;
  }

  Optional<ExchangeHeader> header() {
    return header;
  }

  void run(Reader reader) throws IOException {
    try (JsonParser p = bindings.factory().createParser(reader)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        sink.add(Severity.ERROR, "json.empty", "", -1, 1, Args.of());
      } else if (first != JsonToken.START_OBJECT) {
        Failures.wrongType(sink, new Where("", -1, 1, "envelope", Severity.ERROR), "", "object");
      } else {
        envelope(p);
      }
    } catch (IOException e) {
      ReadFailures.report(e, sink, 0, -1);
    }
  }

  private void envelope(JsonParser p) throws IOException {
    ObjectNode members = JsonNodeFactory.instance.objectNode();
    boolean sawRecords = false;
    boolean recordsUnchecked = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (members.has(name) || (sawRecords && name.equals("records"))) {
        sink.add(
            Severity.ERROR, "json.key.duplicate", Pointers.token(name), -1, line(p), Args.of());
        p.skipChildren();
      } else if (name.equals("records")) {
        sawRecords = true;
        Optional<HeaderCheck.Early> early = HeaderCheck.early(members, mode);
        recordsUnchecked = early.isEmpty();
        records(p, early);
      } else {
        Where at = new Where(Pointers.token(name), -1, line(p), "envelope", Severity.ERROR);
        JsonNode value = trees.read(p, at);
        members.set(name, value == null ? members.nullNode() : value);
      }
    }
    if (hasTrailing(p)) {
      sink.add(Severity.ERROR, "json.trailing", "", -1, line(p), Args.of());
    }
    HeaderCheck.Outcome outcome = headers.check(members, 0, true);
    header = outcome.header();
    if (!sawRecords) {
      sink.add(
          Severity.ERROR,
          "envelope.property.required",
          "/records",
          -1,
          0,
          Args.of("property", "records"));
    } else if (recordsUnchecked && outcome.recordKind().isPresent()) {
      sink.add(Severity.ERROR, "envelope.records.beforeHeader", "/records", -1, 0, Args.of());
    }
  }

  private void records(JsonParser p, Optional<HeaderCheck.Early> early) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      Failures.wrongType(
          sink, new Where("", -1, line(p), "envelope", Severity.ERROR), "/records", "array");
      p.skipChildren();
      return;
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      long index = recordsRead++;
      if (early.isEmpty()) {
        p.skipChildren();
      } else {
        Where at =
            new Where("/records/" + index, index, line(p), "record", early.get().unknownProperty());
        if (tokens.copy(p)) {
          records.accept(tokens, early.get().kind(), at);
        } else {
          sink.add(
              Severity.ERROR, "record.limit.length", at, "", Args.of("limit", maxRecordLength));
        }
      }
      progress.recordsRead(recordsRead);
    }
    records.finish();
  }

  /** Whether anything but whitespace follows the value: another value, or text that is not JSON. */
  static boolean hasTrailing(JsonParser p) throws IOException {
    try {
      return p.nextToken() != null;
    } catch (JsonProcessingException e) {
      return true;
    }
  }

  private static long line(JsonParser p) {
    return p.currentTokenLocation().getLineNr();
  }
}
