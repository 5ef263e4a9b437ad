package org.communitygov.api.exchange;

import java.io.IOException;
import java.util.Optional;

/** The validation of one document: not thread-safe, used once. */
final class DocumentCheck {
  /** How much of the input the format detection may read before it gives up. */
  static final int DETECTION_BUDGET = 1024 * 1024;

  private final Settings settings;
  private final Bindings bindings;
  private final ExchangeFormat format;

  DocumentCheck(Settings settings, Bindings bindings, ExchangeFormat format) {
    this.settings = settings;
    this.bindings = bindings;
    this.format = format;
  }

  ValidationReport run(TextInput input) throws IOException {
    IssueSink sink = new IssueSink(settings.maxIssues);
    if (input.hadByteOrderMark()) {
      Severity severity =
          settings.mode == ValidationMode.STRICT ? Severity.ERROR : Severity.WARNING;
      sink.add(severity, "json.bom", "", -1, 1, Args.of());
    }
    ExchangeFormat framing = format;
    if (framing == ExchangeFormat.AUTO) {
      framing = FormatDetector.detect(input.reader(), bindings.factory(), DETECTION_BUDGET);
    }
    RecordCheck check = new RecordCheck(bindings, sink, settings.mode);
    Progress progress = new Progress(settings.progress, input::consumed);
    long records;
    Optional<ExchangeHeader> header;
    if (framing == ExchangeFormat.NDJSON) {
      NdjsonCheck ndjson = new NdjsonCheck(bindings, settings, sink, check, progress);
      ndjson.run(input.reader());
      records = ndjson.recordsRead();
      header = ndjson.header();
    } else {
      EnvelopeCheck envelope = new EnvelopeCheck(bindings, settings, sink, check, progress);
      envelope.run(input.reader());
      records = envelope.recordsRead();
      header = envelope.header();
    }
    progress.recordsRead(records);
    return sink.report(records, framing, header);
  }
}
