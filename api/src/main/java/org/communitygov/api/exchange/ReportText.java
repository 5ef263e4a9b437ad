package org.communitygov.api.exchange;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes a {@link ValidationReport} as text for people: the verdict with the counts, one line per
 * issue kept, the number left out, and the number of issues per code.
 */
final class ReportText {
  private ReportText() {}

  static String write(ValidationReport report, Locale locale) {
    ResourceBundle bundle = Messages.bundle(locale);
    StringBuilder out = new StringBuilder();
    out.append(
            MessageFormat.format(
                bundle.getString(report.isValid() ? "report.valid" : "report.invalid"),
                Long.toString(report.recordsRead()),
                Long.toString(report.count(Severity.ERROR)),
                Long.toString(report.count(Severity.WARNING)),
                Long.toString(report.count(Severity.INFO))))
        .append('\n');
    for (ValidationIssue issue : report.issues()) {
      out.append(issue.severity())
          .append(' ')
          .append(issue.code())
          .append(' ')
          .append(issue.pointer().isEmpty() ? "/" : issue.pointer());
      if (issue.line().isPresent()) {
        out.append(" (").append(bundle.getString("report.line")).append(' ');
        out.append(issue.line().getAsLong()).append(')');
      }
      out.append(": ").append(issue.message(locale)).append('\n');
    }
    if (report.omittedIssues() > 0) {
      out.append(
              MessageFormat.format(
                  bundle.getString("report.omitted"),
                  Long.toString(report.omittedIssues()),
                  Integer.toString(report.maxIssues())))
          .append('\n');
    }
    if (!report.summary().isEmpty()) {
      out.append(bundle.getString("report.summary")).append('\n');
      report
          .summary()
          .forEach(
              (code, count) ->
                  out.append("  ").append(code).append(": ").append(count).append('\n'));
    }
    return out.toString();
  }
}
