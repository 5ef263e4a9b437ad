package org.communitygov.rules.funding.disclosure;

import java.util.ArrayList;
import java.util.List;
import org.communitygov.rules.funding.disclosure.DisclosureReport.Line;

/**
 * Writes a disclosure report as one self-contained HTML page: no script, no external resource,
 * inline SVG bar charts (income by source, spending by category, month by month) and tables, laid
 * out for A4 print and a phone's width. Every figure shown carries {@code data-figure} (its place
 * in the JSON report, such as {@code incomeBySource.CENTRAL_FINANCE} or {@code
 * months.2026-07.spending}) and {@code data-amount}; each chart has one mark ({@code rect.mark})
 * per figure.
 *
 * @since 0.1.0
 */
public final class DisclosureHtml {
  private static final int WIDTH = 640;
  private static final int BAR = 22;
  private static final int LABEL = 170;

  private DisclosureHtml() {}

  /**
   * Writes the page.
   *
   * @param r the report, not null
   * @return the HTML text, not null
   */
  public static String write(DisclosureReport r) {
    StringBuilder b = new StringBuilder();
    String title = "资金公开 " + r.community() + " " + r.period().text();
    b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
    b.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    b.append("<title>").append(esc(title)).append("</title>\n<style>\n");
    b.append("@page { size: A4; margin: 15mm; }\n");
    b.append("body { font-family: sans-serif; max-width: 180mm; margin: 0 auto; padding: 8px;");
    b.append(" color: #222; }\n");
    b.append("h1 { font-size: 1.4em; } h2 { font-size: 1.1em; border-bottom: 1px solid #999; }\n");
    b.append("table { border-collapse: collapse; width: 100%; margin-bottom: 1em; }\n");
    b.append(
        "th, td { border: 1px solid #ccc; padding: 2px 6px; } td.num { text-align: right; }\n");
    b.append("svg { width: 100%; height: auto; } .mark { fill: #3b6ea5; }");
    b.append(" .spending { fill: #c0504d; }\n");
    b.append("section, figure { break-inside: avoid; page-break-inside: avoid; }\n");
    b.append("</style>\n</head>\n<body>\n<h1>").append(esc(title)).append("</h1>\n");
    b.append("<p>期间 ").append(r.period().first()).append(" 至 ").append(r.period().last());
    b.append("；金额单位：元</p>\n<section>\n<h2>合计</h2>\n<table>\n");
    total(b, "收入", "totals.income", r.totals().income());
    total(b, "支出", "totals.spending", r.totals().spending());
    total(b, "退款", "totals.refunds", r.totals().refunds());
    total(b, "解除限定", "totals.released", r.totals().released());
    b.append("</table>\n</section>\n");
    chart(b, "chart-income-by-source", "收入（按来源）", "incomeBySource", r.incomeBySource());
    chart(
        b, "chart-spending-by-category", "支出（按服务类别）", "spendingByCategory", r.spendingByCategory());
    months(b, r);
    table(b, "收入（按资金）", "incomeByFund", r.incomeByFund());
    table(b, "支出（按项目）", "spendingByProject", r.spendingByProject());
    table(b, "支出（按合同）", "spendingByContract", r.spendingByContract());
    table(b, "支出（按服务对象，不足" + r.threshold() + "笔的群体合并）", "spendingByGroup", r.spendingByGroup());
    restricted(b, r);
    b.append("<section>\n<h2>彩票公益金</h2>\n<table>\n");
    total(b, "收入", "lottery.received", r.lottery().received());
    total(b, "支出", "lottery.spent", r.lottery().spent());
    b.append("</table>\n<p>养老服务比例：").append(esc(r.lottery().elderlyShare())).append("</p>\n");
    b.append("</section>\n");
    table(b, "彩票公益金资助项目", "lottery.byProject", r.lottery().byProject());
    b.append("<section>\n<h2>重大事项</h2>\n<ul>\n");
    r.major()
        .forEach(
            i ->
                b.append("<li>")
                    .append(i.date())
                    .append(' ')
                    .append(esc(i.kind()))
                    .append(' ')
                    .append(esc(i.fund()))
                    .append(' ')
                    .append(DisclosureReport.yuan(i.fen()))
                    .append(' ')
                    .append(esc(i.memo()))
                    .append("</li>\n"));
    b.append("</ul>\n</section>\n<section>\n<h2>账簿树头</h2>\n<p>");
    b.append(
        r.closingHead()
            .map(h -> "结账至 " + h.through() + "：" + h.size() + " 条，根 <code>" + h.root() + "</code>")
            .orElse("本期尚未结账。"));
    b.append("</p>\n</section>\n</body>\n</html>\n");
    return b.toString();
  }

  private static void total(StringBuilder b, String label, String figure, long fen) {
    b.append("<tr><th>").append(esc(label)).append("</th>");
    cell(b, figure, fen);
    b.append("</tr>\n");
  }

  private static void cell(StringBuilder b, String figure, long fen) {
    String v = DisclosureReport.yuan(fen);
    b.append("<td class=\"num\" data-figure=\"").append(esc(figure)).append("\" data-amount=\"");
    b.append(v).append("\">").append(v).append("</td>");
  }

  private static void table(StringBuilder b, String title, String prefix, List<Line> lines) {
    b.append("<section>\n<h2>").append(esc(title)).append("</h2>\n<table>\n");
    for (Line l : lines) {
      b.append("<tr><th>").append(esc(l.label())).append("</th>");
      cell(b, prefix + "." + l.key(), l.fen());
      b.append("</tr>\n");
    }
    b.append("</table>\n</section>\n");
  }

  private static void chart(
      StringBuilder b, String id, String title, String prefix, List<Line> lines) {
    long max = Math.max(1, lines.stream().mapToLong(l -> Math.abs(l.fen())).max().orElse(1));
    int height = Math.max(1, lines.size()) * (BAR + 6) + 6;
    b.append("<figure>\n<figcaption>").append(esc(title)).append("</figcaption>\n");
    b.append("<svg id=\"")
        .append(id)
        .append("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ");
    b.append(WIDTH).append(' ').append(height).append("\" role=\"img\" aria-label=\"");
    b.append(esc(title)).append("\">\n");
    int y = 6;
    for (Line l : lines) {
      long w = Math.abs(l.fen()) * (WIDTH - LABEL - 90) / max;
      String v = DisclosureReport.yuan(l.fen());
      b.append("<text x=\"0\" y=\"").append(y + 16).append("\" font-size=\"13\">");
      b.append(esc(l.label())).append("</text>\n");
      mark(b, "mark", prefix + "." + l.key(), v, LABEL, y, Math.max(1, w), BAR, l.label());
      b.append("<text x=\"").append(LABEL + Math.max(1, w) + 4).append("\" y=\"").append(y + 16);
      b.append("\" font-size=\"13\">").append(v).append("</text>\n");
      y += BAR + 6;
    }
    b.append("</svg>\n</figure>\n");
  }

  private static void months(StringBuilder b, DisclosureReport r) {
    long max = 1;
    for (DisclosureReport.Month m : r.months()) {
      max = Math.max(max, Math.max(m.income(), m.spending()));
    }
    int n = Math.max(1, r.months().size());
    int slot = (WIDTH - 20) / n;
    int bar = Math.max(2, slot / 3);
    int top = 20;
    int plot = 200;
    b.append("<figure>\n<figcaption>逐月收支（蓝：收入，红：支出）</figcaption>\n");
    b.append("<svg id=\"chart-months\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ");
    b.append(WIDTH)
        .append(' ')
        .append(top + plot + 24)
        .append("\" role=\"img\" aria-label=\"逐月收支\">\n");
    int x = 10;
    List<String> labels = new ArrayList<>();
    for (DisclosureReport.Month m : r.months()) {
      long hi = m.income() * plot / max;
      long hs = m.spending() * plot / max;
      String mi = DisclosureReport.yuan(m.income());
      String ms = DisclosureReport.yuan(m.spending());
      mark(
          b,
          "mark",
          "months." + m.month() + ".income",
          mi,
          x,
          top + plot - Math.max(1, hi),
          bar,
          Math.max(1, hi),
          m.month() + " 收入");
      mark(
          b,
          "mark spending",
          "months." + m.month() + ".spending",
          ms,
          x + bar,
          top + plot - Math.max(1, hs),
          bar,
          Math.max(1, hs),
          m.month() + " 支出");
      labels.add(
          "<text x=\""
              + x
              + "\" y=\""
              + (top + plot + 16)
              + "\" font-size=\"11\">"
              + m.month().substring(5)
              + "</text>\n");
      x += slot;
    }
    labels.forEach(b::append);
    b.append("</svg>\n</figure>\n<section>\n<h2>逐月收支</h2>\n<table>\n");
    b.append("<tr><th>月份</th><th>收入</th><th>支出</th></tr>\n");
    for (DisclosureReport.Month m : r.months()) {
      b.append("<tr><th>").append(m.month()).append("</th>");
      cell(b, "months." + m.month() + ".income", m.income());
      cell(b, "months." + m.month() + ".spending", m.spending());
      b.append("</tr>\n");
    }
    b.append("</table>\n</section>\n");
  }

  private static void mark(
      StringBuilder b,
      String cls,
      String figure,
      String amount,
      long x,
      long y,
      long w,
      long h,
      String label) {
    b.append("<rect class=\"").append(cls).append("\" data-figure=\"").append(esc(figure));
    b.append("\" data-amount=\"").append(amount).append("\" x=\"").append(x).append("\" y=\"");
    b.append(y).append("\" width=\"").append(w).append("\" height=\"").append(h).append("\">");
    b.append("<title>").append(esc(label)).append(' ').append(amount).append("</title></rect>\n");
  }

  private static void restricted(StringBuilder b, DisclosureReport r) {
    b.append("<section>\n<h2>限定用途资金</h2>\n<table>\n<tr><th>资金</th><th>用途</th>");
    b.append("<th>期初</th><th>收入</th><th>调入</th><th>支出</th><th>退款</th><th>调出</th>");
    b.append("<th>解除限定</th><th>期末</th></tr>\n");
    for (DisclosureReport.RestrictedFund f : r.restricted()) {
      String p = "restrictedFunds." + f.key() + ".";
      b.append("<tr><th>").append(esc(f.label())).append("</th><td>").append(esc(f.purpose()));
      b.append("</td>");
      cell(b, p + "opening", f.opening());
      cell(b, p + "received", f.received());
      cell(b, p + "transferredIn", f.transferredIn());
      cell(b, p + "spent", f.spent());
      cell(b, p + "refunded", f.refunded());
      cell(b, p + "transferredOut", f.transferredOut());
      cell(b, p + "released", f.released());
      cell(b, p + "closing", f.closing());
      b.append("</tr>\n");
    }
    b.append("</table>\n<h2>解除限定</h2>\n<ul>\n");
    for (DisclosureReport.Release x : r.releases()) {
      b.append("<li>").append(x.date()).append(' ').append(esc(x.fund())).append(" → ");
      b.append(esc(x.toFund())).append(' ');
      b.append("<span data-figure=\"releases.").append(esc(x.id())).append("\" data-amount=\"");
      b.append(DisclosureReport.yuan(x.fen())).append("\">").append(DisclosureReport.yuan(x.fen()));
      b.append("</span> ").append(esc(x.basis())).append("</li>\n");
    }
    b.append("</ul>\n</section>\n");
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
