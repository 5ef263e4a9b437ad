package org.communitygov.api.exchange;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Optional;

/**
 * Checks the record on one NDJSON line, all but its identifier's uniqueness: the line's length,
 * that it holds one JSON value, and the record against its model type. The identifier is handed
 * back for {@link RecordStep#track}, which must see the records in order. Not thread-safe: one per
 * thread of a validation.
 */
final class RecordLine {
  private final Bindings bindings;
  private final IssueSink sink;
  private final RecordCheck check;
  private final RecordTokens tokens;
  private final int maxRecordLength;

  RecordLine(Bindings bindings, Settings settings, IssueSink sink) {
    this.bindings = bindings;
    this.sink = sink;
    this.check = new RecordCheck(bindings, sink, settings.mode);
    this.tokens = new RecordTokens(settings.maxRecordLength);
    this.maxRecordLength = settings.maxRecordLength;
  }

  /**
   * Checks the record on a line.
   *
   * @param tooLong whether the line was longer than the limit (and {@code line} is empty)
   * @return the record's identifier, if it was read and has one, and its links
   */
  RecordStep.Checked check(String line, boolean tooLong, RecordKind kind, Where at)
      throws IOException {
    if (tooLong) {
      tooLong(sink, at, maxRecordLength);
      return RecordStep.Checked.NONE;
    }
    if (!copy(line, at) || RecordStep.numberBeyond(tokens, sink, at)) {
      return RecordStep.Checked.NONE;
    }
    Optional<Object> value = check.check(tokens, kind.recordType(), at);
    return new RecordStep.Checked(tokens.id(), check.links(kind, value, tokens));
  }

  /** Copies the record on a line into {@link #tokens}; false if it is not one JSON value. */
  private boolean copy(String line, Where at) throws IOException {
    try (JsonParser p = bindings.factory().createParser(line)) {
      if (p.nextToken() == null) {
        return false;
      }
      if (!tokens.copy(p)) {
        tooLong(sink, at, maxRecordLength);
        return false;
      }
      if (EnvelopeCheck.hasTrailing(p)) {
        sink.add(Severity.ERROR, "json.trailing", at, "", Args.of());
        return false;
      }
      return true;
    } catch (IOException e) {
      ReadFailures.report(e, sink, at.line(), at.record());
      return false;
    }
  }

  /** Reports a record longer than the limit. */
  static void tooLong(IssueSink sink, Where at, int limit) {
    sink.add(Severity.ERROR, "record.limit.length", at, "", Args.of("limit", limit));
  }
}
