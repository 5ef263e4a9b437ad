package org.communitygov.api.exchange;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The result of validating one exchange document: the issues found, their counts, and how much of
 * the document was read.
 *
 * <p>The document is {@linkplain #isValid() valid} when it has no {@link Severity#ERROR}. At most
 * {@link #maxIssues()} issues are kept; the counts, the {@linkplain #summary() summary per code}
 * and validity include those {@linkplain #omittedIssues() left out}.
 *
 * <p>{@link #toJson()} writes the machine form, whose shape {@code
 * docs/schema/validation-report.schema.json} describes; {@link #toText(Locale)} writes a form for
 * people, in Chinese or English.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ValidationReport {
  private final List<ValidationIssue> issues;
  private final Map<Severity, Long> counts;
  private final Map<String, Long> summary;
  private final long omittedIssues;
  private final int maxIssues;
  private final long recordsRead;
  private final ExchangeFormat format;
  private final Optional<ExchangeHeader> header;

  ValidationReport(
      List<ValidationIssue> issues,
      Map<Severity, Long> counts,
      Map<String, Long> summary,
      long omittedIssues,
      int maxIssues,
      long recordsRead,
      ExchangeFormat format,
      Optional<ExchangeHeader> header) {
    this.issues = List.copyOf(issues);
    Map<Severity, Long> allCounts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      allCounts.put(severity, counts.getOrDefault(severity, 0L));
    }
    this.counts = Collections.unmodifiableMap(allCounts);
    this.summary = Collections.unmodifiableMap(new TreeMap<>(summary));
    this.omittedIssues = omittedIssues;
    this.maxIssues = maxIssues;
    this.recordsRead = recordsRead;
    this.format = format;
    this.header = header;
  }

  /**
   * Returns the issues kept, in the order found: at most {@link #maxIssues()}.
   *
   * @return the issues, unmodifiable, not null
   */
  public List<ValidationIssue> issues() {
    return issues;
  }

  /**
   * Tells whether the document has no error, counting the issues left out.
   *
   * @return true if valid
   */
  public boolean isValid() {
    return count(Severity.ERROR) == 0;
  }

  /**
   * Returns the number of issues of a severity, including those left out.
   *
   * @param severity the severity, not null
   * @return the number of issues
   */
  public long count(Severity severity) {
    return counts.get(Objects.requireNonNull(severity, "severity"));
  }

  /**
   * Returns the number of issues of each severity, including those left out.
   *
   * @return the counts, one per severity, unmodifiable, not null
   */
  public Map<Severity, Long> counts() {
    return counts;
  }

  /**
   * Returns the number of issues per code, including those left out, sorted by code.
   *
   * @return the summary, unmodifiable, not null
   */
  public Map<String, Long> summary() {
    return summary;
  }

  /**
   * Returns the number of issues found but not kept because {@link #maxIssues()} was reached.
   *
   * @return the number left out
   */
  public long omittedIssues() {
    return omittedIssues;
  }

  /**
   * Returns the most issues the report keeps, as configured on the validator.
   *
   * @return the cap
   */
  public int maxIssues() {
    return maxIssues;
  }

  /**
   * Returns the number of records read, valid or not.
   *
   * @return the number of records
   */
  public long recordsRead() {
    return recordsRead;
  }

  /**
   * Returns the framing the document was read as.
   *
   * @return {@link ExchangeFormat#ENVELOPE} or {@link ExchangeFormat#NDJSON}, not null
   */
  public ExchangeFormat format() {
    return format;
  }

  /**
   * Returns the document's header, if it was complete and valid.
   *
   * @return the header, not null
   */
  public Optional<ExchangeHeader> header() {
    return header;
  }

  /**
   * Returns the report as JSON, in the stable shape of {@code
   * docs/schema/validation-report.schema.json}, with each message in Chinese and English.
   *
   * @return the JSON text, not null
   */
  public String toJson() {
    return ReportJson.write(this);
  }

  /**
   * Returns the report as text for people: a verdict, the counts, then one line per issue.
   *
   * @param locale the language, Chinese for any {@code zh} locale, English otherwise, not null
   * @return the text, not null
   */
  public String toText(Locale locale) {
    return ReportText.write(this, Objects.requireNonNull(locale, "locale"));
  }

  /**
   * Returns a short form for logs: validity, records read and counts.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "ValidationReport{valid="
        + isValid()
        + ", records="
        + recordsRead
        + ", counts="
        + counts
        + "}";
  }
}
