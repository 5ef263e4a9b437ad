package org.communitygov.api.cli;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How {@code validate} prints a report: text for people, JSON for programs. */
enum ReportFormat {
  /** The report's text, in the chosen language. */
  TEXT,
  /** The report's JSON, messages in both languages. */
  JSON;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads {@code text} or {@code json}, in any case. */
  static final class Converter implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "text" -> TEXT;
        case "json" -> JSON;
        default -> throw new TypeConversionException("expected text or json, not '" + value + "'");
      };
    }
  }

  /** The values shown in the help. */
  static final class Candidates implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return List.of("text", "json").iterator();
    }
  }
}
