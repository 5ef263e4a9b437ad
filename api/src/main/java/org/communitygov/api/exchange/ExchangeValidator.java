package org.communitygov.api.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Validates exchange documents, an envelope or NDJSON, record by record, and reports every problem
 * found.
 *
 * <pre>{@code
 * ExchangeValidator validator = ExchangeValidator.builder().build();
 * ValidationReport report = validator.validate(Path.of("households.json"));
 * if (!report.isValid()) System.err.print(report.toText(Locale.SIMPLIFIED_CHINESE));
 * }</pre>
 *
 * <p>The validator streams: memory is bounded by the largest record allowed ({@link
 * Builder#maxRecordLength(int)}), never by the document, and one bad record never hides the others.
 * It checks that the input is UTF-8 JSON within the hardened limits, the envelope or header, each
 * record's binding to its model type and the model's invariants, the Bean Validation constraints,
 * and duplicate record identifiers. Bad data never throws: it becomes issues. Only an input that
 * cannot be read at all throws an {@link IOException}.
 *
 * <p>Values already in memory are checked with {@link #check(Object)} and {@link #check(List)}: the
 * report is the one the same records read from NDJSON would give. A large NDJSON document can be
 * checked on several threads ({@link Builder#threads(int)}), with the same report as one thread.
 *
 * <p>Build one instance and reuse it: building it prepares the bindings and the Bean Validation
 * validator once. This class is immutable and thread-safe; any number of threads may validate with
 * one instance at once.
 *
 * @since 0.1.0
 */
public final class ExchangeValidator {
  private final Settings settings;
  private final Bindings bindings;

  private ExchangeValidator(Settings settings, Bindings bindings) {
    this.settings = settings;
    this.bindings = bindings;
  }

  /**
   * Returns a new builder with the defaults: strict mode, format detected, at most 1,000 issues
   * kept, records of at most 1 MiB characters, any record kind.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a validator like this one that tells a listener how far each validation has come. It
   * shares this validator's prepared bindings, so it is cheap to make, for instance one per file.
   *
   * @param listener the listener, not null
   * @return the validator, not null
   */
  public ExchangeValidator withProgress(ProgressListener listener) {
    Objects.requireNonNull(listener, "listener");
    return new ExchangeValidator(settings.withProgress(listener), bindings);
  }

  /**
   * Validates the document in a file. The format is taken from the builder, or, if that is {@link
   * ExchangeFormat#AUTO}, from the file's name ({@link ExchangeFormat#fromFileName(Path)}) or else
   * from its content.
   *
   * @param path the file, not null
   * @return the report, not null
   * @throws java.nio.file.NoSuchFileException if the file does not exist
   * @throws java.nio.file.AccessDeniedException if the file cannot be read
   * @throws IOException if reading fails for another reason
   */
  public ValidationReport validate(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    ExchangeFormat format = settings.format;
    if (format == ExchangeFormat.AUTO) {
      format = ExchangeFormat.fromFileName(path);
    }
    try (InputStream in = Files.newInputStream(path)) {
      return new DocumentCheck(settings, bindings, format).run(TextInput.of(in));
    }
  }

  /**
   * Validates the document in a byte stream, which must be UTF-8. The stream is read to its end (or
   * to the first fatal problem) and not closed.
   *
   * @param in the stream, not null
   * @return the report, not null
   * @throws IOException if reading the stream fails
   */
  public ValidationReport validate(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return new DocumentCheck(settings, bindings, settings.format).run(TextInput.of(in));
  }

  /**
   * Validates the document in a character stream. The reader is read to its end (or to the first
   * fatal problem) and not closed.
   *
   * @param reader the reader, not null
   * @return the report, not null
   * @throws IOException if reading fails
   */
  public ValidationReport validate(Reader reader) throws IOException {
    Objects.requireNonNull(reader, "reader");
    return new DocumentCheck(settings, bindings, settings.format).run(TextInput.of(reader));
  }

  /**
   * Checks one record already in memory, such as a {@code Household} built in code or bound by the
   * caller's own mapper: the same as {@link #check(List) check(List.of(record))}.
   *
   * @param record a value of a {@link RecordKind}'s {@linkplain RecordKind#recordType() type}, not
   *     null
   * @return the report, not null
   * @throws IllegalArgumentException if the value is of no record kind's type, or of another kind
   *     than {@link Builder#expectedKind(RecordKind)}
   */
  public ValidationReport check(Object record) {
    Objects.requireNonNull(record, "record");
    return check(List.of(record));
  }

  /**
   * Checks records already in memory and reports as if they were read from an NDJSON document that
   * holds them in the same order, after a valid header of their kind and the current version: the
   * same issues with the same codes, pointers, arguments and severities, the same counts, summary
   * and cap. Each record is written with the library's mapper and checked as that line would be
   * (ADR 0035), so a value that its type's invariants allowed to be built can still break the data
   * quality constraints (Bean Validation) or repeat another record's identifier.
   *
   * <p>In the report, {@link ValidationIssue#recordIndex()} is the record's index in the list,
   * {@link ValidationIssue#pointer()} is relative to the record, {@link ValidationIssue#line()} is
   * empty (there are no lines), {@link ValidationReport#format()} is {@link ExchangeFormat#NDJSON},
   * {@link ValidationReport#header()} is empty and {@link ValidationReport#recordsRead()} is the
   * list's size. The progress listener is not called.
   *
   * @param records the records, all of one {@link RecordKind}, not null and without null elements
   * @return the report, not null
   * @throws IllegalArgumentException if a record is of no record kind's type, if the records are of
   *     different kinds, or of another kind than {@link Builder#expectedKind(RecordKind)}
   */
  public ValidationReport check(List<?> records) {
    Objects.requireNonNull(records, "records");
    List<?> copy = List.copyOf(records);
    IssueSink sink = new IssueSink(settings.maxIssues);
    RecordStep ids = new RecordStep(sink, new RecordCheck(bindings, sink, settings.mode));
    RecordLine line = new RecordLine(bindings, settings, sink);
    Optional<RecordKind> kind = Optional.empty();
    for (int i = 0; i < copy.size(); i++) {
      Object record = copy.get(i);
      RecordKind its = kindOf(record);
      if (kind.isPresent() && kind.get() != its) {
        throw new IllegalArgumentException(
            "records of different kinds: " + kind.get() + " and, at index " + i + ", " + its);
      }
      kind = Optional.of(its);
      Where at = new Where("", i, -1, "record", Severity.ERROR);
      try {
        ids.track(line.check(bindings.write(record), false, its, at), at);
      } catch (IOException e) {
        throw new UncheckedIOException("writing to and reading from a string cannot fail", e);
      }
    }
    ids.finish();
    return sink.report(copy.size(), ExchangeFormat.NDJSON, Optional.empty());
  }

  private RecordKind kindOf(Object record) {
    for (RecordKind kind : RecordKind.values()) {
      if (kind.recordType().isInstance(record)) {
        if (settings.expectedKind.filter(k -> k != kind).isPresent()) {
          throw new IllegalArgumentException(
              "expected a record of kind " + settings.expectedKind.get() + ", not " + kind);
        }
        return kind;
      }
    }
    throw new IllegalArgumentException("not a record of any kind: " + record.getClass().getName());
  }

  /**
   * Builds an {@link ExchangeValidator}. Not thread-safe; the validator it builds is.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private ValidationMode mode = ValidationMode.STRICT;
    private ExchangeFormat format = ExchangeFormat.AUTO;
    private int maxIssues = Settings.DEFAULT_MAX_ISSUES;
    private int maxRecordLength = Settings.DEFAULT_MAX_RECORD_LENGTH;
    private Optional<RecordKind> expectedKind = Optional.empty();
    private int threads = 1;

    private Builder() {}

    /**
     * Sets how strictly unknown properties and a byte order mark are judged; default {@link
     * ValidationMode#STRICT}.
     *
     * @param mode the mode, not null
     * @return this builder, not null
     */
    public Builder mode(ValidationMode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Sets the framing of the documents; default {@link ExchangeFormat#AUTO}.
     *
     * @param format the format, not null
     * @return this builder, not null
     */
    public Builder format(ExchangeFormat format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /**
     * Sets the most issues a report keeps; the others are only counted. Default 1,000.
     *
     * @param maxIssues the cap, at least 1
     * @return this builder, not null
     * @throws IllegalArgumentException if {@code maxIssues} is less than 1
     */
    public Builder maxIssues(int maxIssues) {
      if (maxIssues < 1) {
        throw new IllegalArgumentException("maxIssues must be at least 1: " + maxIssues);
      }
      this.maxIssues = maxIssues;
      return this;
    }

    /**
     * Sets the longest record accepted, in characters of JSON text (an NDJSON line, or the span of
     * one element of {@code records}); a longer record is an error and is skipped. This bounds the
     * memory one validation needs. Default 1 MiB (1,048,576 characters).
     *
     * @param maxRecordLength the limit, 1,024 to 64 MiB characters
     * @return this builder, not null
     * @throws IllegalArgumentException if the limit is out of range
     */
    public Builder maxRecordLength(int maxRecordLength) {
      if (maxRecordLength < 1024 || maxRecordLength > 64 * 1024 * 1024) {
        throw new IllegalArgumentException(
            "maxRecordLength must be 1024 to 67108864: " + maxRecordLength);
      }
      this.maxRecordLength = maxRecordLength;
      return this;
    }

    /**
     * Makes a document of any other kind an error ({@code envelope.kind.unexpected}); by default
     * every known kind is accepted.
     *
     * @param kind the only kind accepted, not null
     * @return this builder, not null
     */
    public Builder expectedKind(RecordKind kind) {
      this.expectedKind = Optional.of(Objects.requireNonNull(kind, "kind"));
      return this;
    }

    /**
     * Sets how many threads check the records of an NDJSON document; default 1. With more, the
     * validating thread reads and decodes the lines and hands them in batches to that many worker
     * threads, made for each validation and ended with it, then merges what they found in line
     * order: the report is the same as with one thread, issue for issue (ADR 0036). Memory stays
     * bounded: at most two batches of about 1 MiB characters per thread are pending. An envelope is
     * always checked on the validating thread alone.
     *
     * @param threads the number of worker threads, 1 to 256
     * @return this builder, not null
     * @throws IllegalArgumentException if {@code threads} is out of range
     */
    public Builder threads(int threads) {
      if (threads < 1 || threads > Settings.MAX_THREADS) {
        throw new IllegalArgumentException("threads must be 1 to 256: " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Builds the validator, preparing its bindings and Bean Validation once.
     *
     * @return the validator, not null
     */
    public ExchangeValidator build() {
      return new ExchangeValidator(
          new Settings(
              mode,
              format,
              maxIssues,
              maxRecordLength,
              expectedKind,
              Settings.NO_PROGRESS,
              threads),
          new Bindings());
    }
  }
}
