package org.communitygov.api.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/** Writes a {@link ValidationReport} in the shape of {@code validation-report.schema.json}. */
final class ReportJson {
  /** The schema identity written in {@code $schema}. */
  static final String SCHEMA =
      "https://communitygov.org/schema/validation-report/1.0/validation-report.schema.json";

  private static final JsonFactory FACTORY = new JsonFactory();

  private ReportJson() {}

  static String write(ValidationReport report) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeBooleanField("valid", report.isValid());
      g.writeStringField("format", report.format().name());
      if (report.header().isPresent()) {
        g.writeStringField("kind", report.header().get().kind().name());
        g.writeStringField("version", report.header().get().version().toString());
      }
      g.writeNumberField("recordsRead", report.recordsRead());
      g.writeObjectFieldStart("counts");
      for (Map.Entry<Severity, Long> count : report.counts().entrySet()) {
        g.writeNumberField(count.getKey().name(), count.getValue());
      }
      g.writeEndObject();
      g.writeNumberField("maxIssues", report.maxIssues());
      g.writeNumberField("omittedIssues", report.omittedIssues());
      g.writeObjectFieldStart("summary");
      for (Map.Entry<String, Long> code : report.summary().entrySet()) {
        g.writeNumberField(code.getKey(), code.getValue());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("issues");
      for (ValidationIssue issue : report.issues()) {
        writeIssue(g, issue);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString() + "\n";
  }

  private static void writeIssue(JsonGenerator g, ValidationIssue issue) throws IOException {
    g.writeStartObject();
    g.writeStringField("severity", issue.severity().name());
    g.writeStringField("code", issue.code());
    g.writeStringField("pointer", issue.pointer());
    if (issue.recordIndex().isPresent()) {
      g.writeNumberField("recordIndex", issue.recordIndex().getAsLong());
    }
    if (issue.line().isPresent()) {
      g.writeNumberField("line", issue.line().getAsLong());
    }
    g.writeObjectFieldStart("arguments");
    for (Map.Entry<String, String> argument : issue.arguments().entrySet()) {
      g.writeStringField(argument.getKey(), argument.getValue());
    }
    g.writeEndObject();
    g.writeObjectFieldStart("message");
    g.writeStringField("zh-CN", issue.message(Locale.SIMPLIFIED_CHINESE));
    g.writeStringField("en", issue.message(Locale.ENGLISH));
    g.writeEndObject();
    g.writeEndObject();
  }
}
