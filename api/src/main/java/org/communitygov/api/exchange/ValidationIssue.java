package org.communitygov.api.exchange;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One problem an {@link ExchangeValidator} found in a document.
 *
 * <p>An issue has a {@linkplain #severity() severity}, a stable {@linkplain #code() code} that
 * tools key on (listed in {@code docs/validation-codes.md}; a published code never changes
 * meaning), an RFC 6901 {@linkplain #pointer() JSON Pointer} in JSON names, the index of the record
 * and the line where known, named {@linkplain #arguments() arguments}, and a {@linkplain
 * #message(Locale) message} in Chinese (zh-CN) or English. Neither the arguments nor the message
 * ever hold a value from the document: at most the allowed values, a limit, a property name, or a
 * citizen ID masked.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ValidationIssue {
  private final Severity severity;
  private final String code;
  private final String pointer;
  private final long recordIndex;
  private final long line;
  private final Map<String, String> arguments;

  private ValidationIssue(
      Severity severity,
      String code,
      String pointer,
      long recordIndex,
      long line,
      Map<String, String> arguments) {
    this.severity = severity;
    this.code = code;
    this.pointer = pointer;
    this.recordIndex = recordIndex;
    this.line = line;
    this.arguments = arguments;
  }

  static ValidationIssue of(
      Severity severity,
      String code,
      String pointer,
      long recordIndex,
      long line,
      Map<String, String> arguments) {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(pointer, "pointer");
    return new ValidationIssue(
        severity,
        code,
        pointer,
        recordIndex,
        line,
        Collections.unmodifiableMap(new LinkedHashMap<>(arguments)));
  }

  /**
   * Returns how serious the problem is.
   *
   * @return the severity, not null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the stable code, such as {@code record.property.required} or {@code
   * value.citizenId.checkCharacter}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Returns the RFC 6901 JSON Pointer to the offending node, in JSON names, such as {@code
   * /records/3/members/0/citizenId}; the empty string for the whole document. In an NDJSON document
   * the pointer is relative to the line's value: {@code /members/0/citizenId} on the record's line.
   *
   * @return the pointer, not null
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the zero-based index of the record the issue is about, if it is about one.
   *
   * @return the index, not null
   */
  public OptionalLong recordIndex() {
    return recordIndex < 0 ? OptionalLong.empty() : OptionalLong.of(recordIndex);
  }

  /**
   * Returns the one-based line of the input where the record (or the syntax error) begins, where
   * known. It is always known for NDJSON.
   *
   * @return the line, not null
   */
  public OptionalLong line() {
    return line < 1 ? OptionalLong.empty() : OptionalLong.of(line);
  }

  /**
   * Returns the arguments of the message by name, in the order of the message's placeholders. Never
   * a value from the document, except a citizen ID masked.
   *
   * @return the arguments, unmodifiable, not null
   */
  public Map<String, String> arguments() {
    return arguments;
  }

  /**
   * Returns the message in the given language: Chinese (zh-CN) for any {@code zh} locale, English
   * otherwise.
   *
   * @param locale the locale, not null
   * @return the message, not null
   */
  public String message(Locale locale) {
    return Messages.format(locale, code, arguments.values());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ValidationIssue other
        && other.severity == severity
        && other.code.equals(code)
        && other.pointer.equals(pointer)
        && other.recordIndex == recordIndex
        && other.line == line
        && other.arguments.equals(arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(severity, code, pointer, recordIndex, line, arguments);
  }

  /**
   * Returns a short form for logs: severity, code, pointer and arguments.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return severity
        + " "
        + code
        + " at \""
        + pointer
        + "\""
        + (arguments.isEmpty() ? "" : " " + arguments);
  }
}
