package org.communitygov.api.cli;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.communitygov.model.community.Community;
import org.communitygov.model.household.Household;
import org.communitygov.model.needs.NeedsProfile;
import org.communitygov.model.service.CapacityUnit;
import org.communitygov.model.service.DeliveryRecord;
import org.communitygov.model.service.Service;
import org.communitygov.model.service.ServiceLoopEntry;
import org.communitygov.model.service.ServiceOrder;
import org.communitygov.model.service.ServiceRequest;
import org.communitygov.rules.engine.ExplanationRenderer;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.service.gap.GapAggregation;
import org.communitygov.rules.service.gap.GapReport;
import org.communitygov.rules.service.gap.GapRow;
import org.communitygov.rules.service.gap.SharingSuggestion;
import org.communitygov.rules.service.shared.ReportPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code communitygov gap}: the supply–demand gap per community and category over a period, with
 * the sharing suggestions of each shortage (docs/services.md). The services are read first, then
 * the requests, orders and deliveries (or a service loop) record by record: nothing of a delivery
 * is kept. Needs found by assessments ({@code --needs}: needs profiles) are placed through the
 * households given and shown beside the requests.
 */
@Command(
    name = "gap",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Prints the supply–demand gap per community and category for a period.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the table was printed",
      "1:a record could not be read (its place and code on standard error)",
      "2:usage error, unreadable input or missing parameter"
    })
final class GapCommand extends ServiceReportCommand {
  @Option(
      names = "--needs",
      paramLabel = "FILE",
      description =
          "Needs profiles (assessed needs): NDJSON, one profile a line, or a JSON array;"
              + " placed in a community through the HOUSEHOLDS given; repeatable.")
  List<String> needs = new ArrayList<>();

  GapCommand(CliEnvironment environment) {
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
    List<Service> services = new ArrayList<>();
    List<Community> communities = new ArrayList<>();
    NeedPlaces places = new NeedPlaces();
    for (ServiceInputs.Input input : inputs) {
      switch (input.kind()) {
        case SERVICES -> ServiceInputs.services(input, services::add);
        case COMMUNITIES -> ServiceInputs.read(input, Community.class, communities::add);
        case HOUSEHOLDS -> {
          if (!needs.isEmpty()) {
            ServiceInputs.read(input, Household.class, places::add);
          }
        }
        default -> {}
      }
    }
    GapAggregation gap = GapAggregation.of(services, period);
    for (String file : needs) {
      ServiceInputs.readValues(
          Path.of(file), NeedsProfile.class, p -> gap.addAssessedNeeds(p, places.of(p)));
    }
    for (ServiceInputs.Input input : inputs) {
      switch (input.kind()) {
        case SERVICE_REQUESTS -> ServiceInputs.read(input, ServiceRequest.class, gap::addRequest);
        case SERVICE_ORDERS -> ServiceInputs.read(input, ServiceOrder.class, gap::addOrder);
        case DELIVERIES -> ServiceInputs.read(input, DeliveryRecord.class, gap::addDelivery);
        case SERVICE_LOOP -> ServiceInputs.read(input, ServiceLoopEntry.class, e -> add(gap, e));
        default -> {}
      }
    }
    GapReport report = gap.report(context, communities);
    switch (format) {
      case JSON -> out.println(json(report));
      case CSV -> csv(report, out);
      case TEXT -> text(report, locale, out);
    }
  }

  /** A loop entry: a request, order or delivery to the gap; feedback plays no part in it. */
  private static void add(GapAggregation gap, ServiceLoopEntry entry) {
    entry.request().ifPresent(gap::addRequest);
    entry.order().ifPresent(gap::addOrder);
    entry.delivery().ifPresent(gap::addDelivery);
  }

  private static void text(GapReport report, Locale locale, PrintWriter out) {
    boolean zh = locale.getLanguage().equals("zh");
    ExplanationRenderer renderer = ExplanationRenderer.of(locale);
    out.println((zh ? "供需对比 " : "Supply–demand gap ") + report.period());
    for (GapRow row : report.rows()) {
      out.println(
          row.community()
              + " "
              + row.category().code()
              + (zh ? ": 需求 " : ": requests ")
              + row.requests()
              + (zh ? "（未满足 " : " (unmet ")
              + row.unmetRequests()
              + (zh ? "）, 服务能力 " : "), capacity ")
              + units(row.capacity())
              + (zh ? ", 已提供 " : ", delivered ")
              + units(row.delivered())
              + (zh ? ", 等待中位数 " : ", wait median ")
              + hours(row.medianWait())
              + ", p90 "
              + hours(row.p90Wait())
              + (row.assessedNeeds() == 0
                  ? ""
                  : (zh ? ", 评估发现需求 " : ", assessed needs ") + row.assessedNeeds()));
      out.println("  " + renderer.summary(row.decision()));
      for (SharingSuggestion s : row.suggestions()) {
        out.println(
            (zh ? "  可共享: " : "  could share: ")
                + s.community()
                + (zh ? " 富余 " : " has ")
                + s.spare().toPlainString()
                + " "
                + s.unit()
                + (zh ? "" : " to spare"));
      }
    }
    if (report.unplacedRequests()
            + report.unplacedOrders()
            + report.unplacedDeliveries()
            + report.unplacedNeeds()
        > 0) {
      out.println(
          (zh ? "未能归入社区和类别: 需求 " : "not placed in a community and category: requests ")
              + report.unplacedRequests()
              + (zh ? ", 派单 " : ", orders ")
              + report.unplacedOrders()
              + (zh ? ", 服务记录 " : ", deliveries ")
              + report.unplacedDeliveries()
              + (zh ? ", 评估发现需求 " : ", assessed needs ")
              + report.unplacedNeeds());
    }
  }

  private static String units(Map<CapacityUnit, BigDecimal> amounts) {
    if (amounts.isEmpty()) {
      return "0";
    }
    List<String> parts = new ArrayList<>();
    for (CapacityUnit unit : CapacityUnit.values()) {
      BigDecimal amount = amounts.get(unit);
      if (amount != null) {
        parts.add(amount.toPlainString() + " " + unit);
      }
    }
    return String.join(" + ", parts);
  }

  private static String hours(Optional<Duration> wait) {
    return wait.map(w -> w.toHours() + " h").orElse("—");
  }

  private static void csv(GapReport report, PrintWriter out) {
    out.println(
        "community,category,requests,assessedNeeds,servedRequests,unmetRequests,unit,capacity,delivered,"
            + "medianWaitHours,p90WaitHours,status,unmetShare,utilisation,suggestions");
    for (GapRow row : report.rows()) {
      Optional<CapacityUnit> unit = row.judgedUnit();
      Map<String, String> details = row.decision().outcomeOrThrow().details();
      out.println(
          String.join(
              ",",
              row.community().value(),
              row.category().code(),
              Integer.toString(row.requests()),
              Integer.toString(row.assessedNeeds()),
              Integer.toString(row.servedRequests()),
              Integer.toString(row.unmetRequests()),
              unit.map(Enum::name).orElse(""),
              unit.map(u -> amount(row.capacity(), u)).orElse(""),
              unit.map(u -> amount(row.delivered(), u)).orElse(""),
              row.medianWait().map(w -> Long.toString(w.toHours())).orElse(""),
              row.p90Wait().map(w -> Long.toString(w.toHours())).orElse(""),
              row.status().name(),
              details.getOrDefault("unmetShare", ""),
              details.getOrDefault("utilisation", ""),
              row.suggestions().stream()
                  .map(s -> s.community().value() + ":" + s.spare().toPlainString())
                  .collect(Collectors.joining(" "))));
    }
  }

  private static String amount(Map<CapacityUnit, BigDecimal> amounts, CapacityUnit unit) {
    return amounts.getOrDefault(unit, BigDecimal.ZERO).toPlainString();
  }

  private static String json(GapReport report) throws IOException {
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode root = mapper.createObjectNode();
    root.putObject("period")
        .put("first", report.period().first().toString())
        .put("last", report.period().last().toString());
    ArrayNode rows = root.putArray("rows");
    for (GapRow row : report.rows()) {
      ObjectNode r = rows.addObject();
      r.put("community", row.community().value());
      r.put("category", row.category().code());
      r.put("requests", row.requests());
      r.put("assessedNeeds", row.assessedNeeds());
      r.put("servedRequests", row.servedRequests());
      r.put("unmetRequests", row.unmetRequests());
      ObjectNode capacity = r.putObject("capacity");
      row.capacity().forEach((u, a) -> capacity.put(u.name(), a.toPlainString()));
      ObjectNode delivered = r.putObject("delivered");
      row.delivered().forEach((u, a) -> delivered.put(u.name(), a.toPlainString()));
      row.judgedUnit().ifPresent(u -> r.put("judgedUnit", u.name()));
      row.medianWait().ifPresent(w -> r.put("medianWaitHours", w.toHours()));
      row.p90Wait().ifPresent(w -> r.put("p90WaitHours", w.toHours()));
      r.put("status", row.status().name());
      ObjectNode details = r.putObject("details");
      row.decision().outcomeOrThrow().details().forEach(details::put);
      ArrayNode suggestions = r.putArray("suggestions");
      for (SharingSuggestion s : row.suggestions()) {
        suggestions
            .addObject()
            .put("community", s.community().value())
            .put("unit", s.unit().name())
            .put("spare", s.spare().toPlainString());
      }
    }
    root.putObject("unplaced")
        .put("requests", report.unplacedRequests())
        .put("orders", report.unplacedOrders())
        .put("deliveries", report.unplacedDeliveries())
        .put("needs", report.unplacedNeeds());
    return mapper.writeValueAsString(root);
  }
}
