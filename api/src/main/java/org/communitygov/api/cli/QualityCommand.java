package org.communitygov.api.cli;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.communitygov.model.service.DeliveryRecord;
import org.communitygov.model.service.SatisfactionFeedback;
import org.communitygov.model.service.ServiceLoopEntry;
import org.communitygov.model.service.ServiceOrder;
import org.communitygov.rules.engine.ExplanationRenderer;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.service.quality.QualityAggregation;
import org.communitygov.rules.service.quality.QualityReport;
import org.communitygov.rules.service.quality.QualityRow;
import org.communitygov.rules.service.shared.ReportPeriod;
import picocli.CommandLine.Command;

/**
 * {@code communitygov quality}: each provider's completion rate, on-time rate, mean ratings,
 * complaint rate and resolution time over a period, none from fewer records than the minimum
 * (docs/services.md).
 */
@Command(
    name = "quality",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Prints the quality of each provider for a period.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the table was printed",
      "1:a record could not be read (its place and code on standard error)",
      "2:usage error, unreadable input or missing parameter"
    })
final class QualityCommand extends ServiceReportCommand {
  /** The figures of the table, in order. */
  private static final List<String> FIGURES =
      List.of(
          "completionRate",
          "onTimeRate",
          "meanRating.ATTITUDE",
          "meanRating.TIMELINESS",
          "meanRating.QUALITY",
          "meanRating.OVERALL",
          "complaintRate",
          "meanResolutionHours");

  QualityCommand(CliEnvironment environment) {
    super(environment);
  }

  @Override
  void run(
      List<ServiceInputs.Input> inputs,
      RuleContext context,
      ReportPeriod period,
      TableFormat format,
      Locale locale,
      PrintWriter out)
      throws IOException, ServiceInputs.BadRecord {
    QualityAggregation quality = QualityAggregation.of(period, context);
    for (ServiceInputs.Input input : inputs) {
      switch (input.kind()) {
        case SERVICE_ORDERS -> ServiceInputs.read(input, ServiceOrder.class, quality::addOrder);
        case DELIVERIES -> ServiceInputs.read(input, DeliveryRecord.class, quality::addDelivery);
        case SATISFACTION_FEEDBACK ->
            ServiceInputs.read(input, SatisfactionFeedback.class, quality::addFeedback);
        case SERVICE_LOOP ->
            ServiceInputs.read(
                input,
                ServiceLoopEntry.class,
                e -> {
                  e.order().ifPresent(quality::addOrder);
                  e.delivery().ifPresent(quality::addDelivery);
                  e.feedback().ifPresent(quality::addFeedback);
                });
        default -> {}
      }
    }
    QualityReport report = quality.report();
    switch (format) {
      case JSON -> out.println(json(report));
      case CSV -> csv(report, out);
      case TEXT -> text(report, locale, out);
    }
  }

  private static void text(QualityReport report, Locale locale, PrintWriter out) {
    boolean zh = locale.getLanguage().equals("zh");
    ExplanationRenderer renderer = ExplanationRenderer.of(locale);
    out.println((zh ? "服务质量 " : "Provider quality ") + report.period());
    for (QualityRow row : report.rows()) {
      Map<String, String> d = row.decision().outcomeOrThrow().details();
      StringBuilder line = new StringBuilder(row.provider().value()).append(':');
      for (String figure : FIGURES) {
        line.append(' ').append(figure).append(' ').append(d.getOrDefault(figure, "—"));
      }
      out.println(line);
      out.println("  " + renderer.summary(row.decision()));
    }
    if (report.unplacedFeedback() > 0) {
      out.println(
          (zh ? "无对应服务记录的评价: " : "feedback on deliveries not in the period: ")
              + report.unplacedFeedback());
    }
  }

  private static void csv(QualityReport report, PrintWriter out) {
    out.println("provider,status,deliveries,startedOrders," + String.join(",", FIGURES));
    for (QualityRow row : report.rows()) {
      Map<String, String> d = row.decision().outcomeOrThrow().details();
      StringBuilder line =
          new StringBuilder(row.provider().value())
              .append(',')
              .append(row.decision().outcomeOrThrow().code())
              .append(',')
              .append(d.getOrDefault("deliveries", ""))
              .append(',')
              .append(d.getOrDefault("startedOrders", ""));
      for (String figure : FIGURES) {
        line.append(',').append(d.getOrDefault(figure, ""));
      }
      out.println(line);
    }
  }

  private static String json(QualityReport report) throws IOException {
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode root = mapper.createObjectNode();
    root.putObject("period")
        .put("first", report.period().first().toString())
        .put("last", report.period().last().toString());
    ArrayNode rows = root.putArray("rows");
    for (QualityRow row : report.rows()) {
      ObjectNode r = rows.addObject();
      r.put("provider", row.provider().value());
      r.put("status", row.decision().outcomeOrThrow().code());
      ObjectNode details = r.putObject("details");
      row.decision().outcomeOrThrow().details().forEach(details::put);
    }
    root.put("unplacedFeedback", report.unplacedFeedback());
    return mapper.writeValueAsString(root);
  }
}
