package org.communitygov.api.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.Optional;

/**
 * Checks NDJSON line by line: the first non-blank line is the header, each following non-blank line
 * one record. Every line is parsed on its own, so a syntax error spoils only its line. A line
 * longer than the record limit is skipped unread. With more than one thread ({@code
 * Settings.threads}) the record lines are checked by {@link LineBatches}, which gives the same
 * report.
 */
final class NdjsonCheck {
  /** The outcome of a header line that is not a JSON object: the records cannot be checked. */
  private static final HeaderCheck.Outcome UNREADABLE =
      new HeaderCheck.Outcome(Optional.empty(), Severity.ERROR, Optional.empty());

  private final Bindings bindings;
  private final Settings settings;
  private final IssueSink sink;
  private final HeaderCheck headers;
  private final RecordStep records;
  private final RecordLine recordLine;
  private final TreeReader trees;
  private final Progress progress;
  private long recordsRead;
  private Optional<ExchangeHeader> header = Optional.empty();

  NdjsonCheck(
      Bindings bindings, Settings settings, IssueSink sink, RecordCheck check, Progress progress) {
    this.bindings = bindings;
    this.settings = settings;
    this.sink = sink;
    this.headers = new HeaderCheck(settings, sink, check);
    this.records = new RecordStep(sink, check);
    this.recordLine = new RecordLine(bindings, settings, sink);
    this.trees = new TreeReader(sink, settings.maxRecordLength);
    this.progress = progress;
  }

  long recordsRead() {
    return recordsRead;
  }

  Optional<ExchangeHeader> header() {
    return header;
  }

  void run(Reader reader) throws IOException {
    LineReader lines = new LineReader(reader, settings.maxRecordLength);
    Optional<HeaderCheck.Outcome> outcome = Optional.empty();
    Optional<LineBatches> batches = Optional.empty();
    try {
      for (String line = lines.next(); line != null; line = lines.next()) {
        long number = lines.number();
        if (line.isBlank() && !lines.wasTooLong()) {
          continue;
        }
        if (outcome.isEmpty()) {
          outcome = Optional.of(header(line, number, lines.wasTooLong()));
          batches = batches(outcome.get());
        } else if (batches.isPresent()) {
          batches.get().add(line, number, recordsRead++, lines.wasTooLong());
        } else {
          record(line, number, lines.wasTooLong(), outcome.get());
          progress.recordsRead(recordsRead);
        }
      }
      if (batches.isPresent()) {
        batches.get().finish();
      }
    } catch (CharacterCodingException e) {
      if (batches.isPresent()) {
        batches.get().finish();
      }
      ReadFailures.report(e, sink, lines.number() + 1, -1);
    } finally {
      batches.ifPresent(LineBatches::close);
    }
    records.finish();
    if (outcome.isEmpty()) {
      sink.add(Severity.ERROR, "json.empty", "", -1, 1, Args.of());
    }
  }

  /** The batches for checking the records on several threads, if asked for and they can be. */
  private Optional<LineBatches> batches(HeaderCheck.Outcome outcome) {
    if (settings.threads < 2 || outcome.recordKind().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new LineBatches(
            bindings, settings, sink, records, progress, outcome, outcome.recordKind().get()));
  }

  private HeaderCheck.Outcome header(String line, long number, boolean tooLong) throws IOException {
    Where at = new Where("", -1, number, "envelope", Severity.ERROR);
    Optional<JsonNode> node = tooLong ? tooLong(at) : parse(line, at);
    if (node.isEmpty()) {
      return UNREADABLE;
    }
    if (!node.get().isObject()) {
      Failures.wrongType(sink, at, "", "object");
      return UNREADABLE;
    }
    HeaderCheck.Outcome outcome = headers.check((ObjectNode) node.get(), number, false);
    header = outcome.header();
    return outcome;
  }

  private void record(String line, long number, boolean tooLong, HeaderCheck.Outcome outcome)
      throws IOException {
    long index = recordsRead++;
    Where at = new Where("", index, number, "record", outcome.unknownProperty());
    if (outcome.recordKind().isPresent()) {
      records.track(recordLine.check(line, tooLong, outcome.recordKind().get(), at), at);
    }
  }

  private Optional<JsonNode> tooLong(Where at) {
    RecordLine.tooLong(sink, at, settings.maxRecordLength);
    return Optional.empty();
  }

  private Optional<JsonNode> parse(String line, Where at) throws IOException {
    try (JsonParser p = bindings.factory().createParser(line)) {
      if (p.nextToken() == null) {
        return Optional.empty();
      }
      JsonNode node = trees.read(p, at);
      if (EnvelopeCheck.hasTrailing(p)) {
        sink.add(Severity.ERROR, "json.trailing", at, "", Args.of());
        return Optional.empty();
      }
      return Optional.ofNullable(node);
    } catch (IOException e) {
      ReadFailures.report(e, sink, at.line(), at.record());
      return Optional.empty();
    }
  }
}
