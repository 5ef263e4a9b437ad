package org.communitygov.api.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
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
     * Builds the validator, preparing its bindings and Bean Validation once.
     *
     * @return the validator, not null
     */
    public ExchangeValidator build() {
      return new ExchangeValidator(
          new Settings(
              mode, format, maxIssues, maxRecordLength, expectedKind, Settings.NO_PROGRESS),
          new Bindings());
    }
  }
}
