package org.communitygov.rules.funding.disclosure;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.communitygov.rules.funding.disclosure.DisclosureReport.Line;

/**
 * Writes a disclosure report as JSON of the schema {@code funding-disclosure.schema.json}: amounts
 * as decimal strings of yuan ({@code "1234.50"}), members in a fixed order.
 *
 * @since 0.1.0
 */
public final class DisclosureJson {
  /** The schema's identity. */
  public static final String SCHEMA = "https://communitygov.org/schema/funding-disclosure/1.0.0";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private DisclosureJson() {}

  /**
   * Returns the report as a JSON tree.
   *
   * @param r the report, not null
   * @return the tree, not null
   */
  public static ObjectNode tree(DisclosureReport r) {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("community", r.community());
    ObjectNode period = root.putObject("period");
    period.put("text", r.period().text());
    period.put("first", r.period().first().toString());
    period.put("last", r.period().last().toString());
    root.put("threshold", r.threshold());
    ObjectNode totals = root.putObject("totals");
    totals.put("income", DisclosureReport.yuan(r.totals().income()));
    totals.put("spending", DisclosureReport.yuan(r.totals().spending()));
    totals.put("refunds", DisclosureReport.yuan(r.totals().refunds()));
    totals.put("released", DisclosureReport.yuan(r.totals().released()));
    lines(root, "incomeBySource", r.incomeBySource());
    lines(root, "incomeByFund", r.incomeByFund());
    lines(root, "spendingByCategory", r.spendingByCategory());
    lines(root, "spendingByProject", r.spendingByProject());
    lines(root, "spendingByContract", r.spendingByContract());
    lines(root, "spendingByGroup", r.spendingByGroup());
    ArrayNode months = root.putArray("months");
    r.months()
        .forEach(
            m ->
                months
                    .addObject()
                    .put("month", m.month())
                    .put("income", DisclosureReport.yuan(m.income()))
                    .put("spending", DisclosureReport.yuan(m.spending())));
    ArrayNode restricted = root.putArray("restrictedFunds");
    for (DisclosureReport.RestrictedFund f : r.restricted()) {
      restricted
          .addObject()
          .put("key", f.key())
          .put("label", f.label())
          .put("purpose", f.purpose())
          .put("opening", DisclosureReport.yuan(f.opening()))
          .put("received", DisclosureReport.yuan(f.received()))
          .put("transferredIn", DisclosureReport.yuan(f.transferredIn()))
          .put("spent", DisclosureReport.yuan(f.spent()))
          .put("refunded", DisclosureReport.yuan(f.refunded()))
          .put("transferredOut", DisclosureReport.yuan(f.transferredOut()))
          .put("released", DisclosureReport.yuan(f.released()))
          .put("closing", DisclosureReport.yuan(f.closing()));
    }
    ArrayNode releases = root.putArray("releases");
    r.releases()
        .forEach(
            x ->
                releases
                    .addObject()
                    .put("id", x.id())
                    .put("date", x.date())
                    .put("fund", x.fund())
                    .put("toFund", x.toFund())
                    .put("amount", DisclosureReport.yuan(x.fen()))
                    .put("basis", x.basis()));
    ObjectNode lottery = root.putObject("lottery");
    lottery.put("received", DisclosureReport.yuan(r.lottery().received()));
    lottery.put("spent", DisclosureReport.yuan(r.lottery().spent()));
    lines(lottery, "byProject", r.lottery().byProject());
    lines(lottery, "byCategory", r.lottery().byCategory());
    lottery.put("elderlyShare", r.lottery().elderlyShare());
    ArrayNode major = root.putArray("majorItems");
    r.major()
        .forEach(
            i ->
                major
                    .addObject()
                    .put("id", i.id())
                    .put("date", i.date())
                    .put("kind", i.kind())
                    .put("fund", i.fund())
                    .put("amount", DisclosureReport.yuan(i.fen()))
                    .put("memo", i.memo()));
    r.closingHead()
        .ifPresent(
            h ->
                root.putObject("closingHead")
                    .put("through", h.through())
                    .put("size", h.size())
                    .put("root", h.root()));
    return root;
  }

  /**
   * Writes the report as pretty-printed JSON.
   *
   * @param r the report, not null
   * @return the text, ending with a line feed, not null
   */
  public static String write(DisclosureReport r) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree(r)) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void lines(ObjectNode parent, String name, List<Line> lines) {
    ArrayNode array = parent.putArray(name);
    for (Line l : lines) {
      array
          .addObject()
          .put("key", l.key())
          .put("label", l.label())
          .put("amount", DisclosureReport.yuan(l.fen()));
    }
  }
}
