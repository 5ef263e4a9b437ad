package org.communitygov.api.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.communitygov.api.exchange.ValidationReport;

/**
 * Prints the reports of {@code validate} on standard output.
 *
 * <p>Text: each report as {@link ValidationReport#toText} writes it, after a {@code ==> FILE <==}
 * line when there are several inputs. JSON: for one input, the report exactly as {@link
 * ValidationReport#toJson()} writes it (nothing if it could not be read); for several, one array of
 * {@code {"input": FILE, "report": {…}}} or {@code {"input": FILE, "error": "…"}} in the order of
 * the inputs.
 */
final class ReportPrinter {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ReportFormat format;
  private final Language language;
  private final PrintWriter out;
  private final boolean several;
  private final ArrayNode results = JSON.createArrayNode();

  ReportPrinter(ReportFormat format, Language language, PrintWriter out, boolean several) {
    this.format = format;
    this.language = language;
    this.out = out;
    this.several = several;
  }

  void report(String input, ValidationReport report) {
    if (format == ReportFormat.JSON) {
      if (several) {
        results.addObject().put("input", input).set("report", parse(report.toJson()));
      } else {
        out.print(report.toJson());
      }
    } else {
      heading(input);
      out.print(report.toText(language.locale()));
    }
    out.flush();
  }

  /** Records an input that could not be read; its message goes to standard error elsewhere. */
  void failure(String input, String message) {
    if (format == ReportFormat.JSON && several) {
      results.addObject().put("input", input).put("error", message);
    }
  }

  /** Prints what was collected: the JSON array for several inputs. */
  void finish() {
    if (format == ReportFormat.JSON && several) {
      try {
        out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
    out.flush();
  }

  private void heading(String input) {
    if (several) {
      out.println("==> " + input + " <==");
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
