package org.communitygov.rules.funding.disclosure;

import java.util.List;
import org.communitygov.rules.funding.disclosure.DisclosureReport.Line;

/**
 * Writes a disclosure report as Markdown: a heading, the totals, one table per section.
 *
 * @since 0.1.0
 */
public final class DisclosureMarkdown {
  private DisclosureMarkdown() {}

  /**
   * Writes the report.
   *
   * @param r the report, not null
   * @return the Markdown text, not null
   */
  public static String write(DisclosureReport r) {
    StringBuilder b = new StringBuilder();
    b.append("# 资金公开 ").append(r.community()).append(' ').append(r.period().text()).append("\n\n");
    b.append("期间 ")
        .append(r.period().first())
        .append(" 至 ")
        .append(r.period().last())
        .append("\n\n");
    b.append("| 合计 | 金额（元） |\n|---|---:|\n");
    b.append("| 收入 | ").append(DisclosureReport.yuan(r.totals().income())).append(" |\n");
    b.append("| 支出 | ").append(DisclosureReport.yuan(r.totals().spending())).append(" |\n");
    b.append("| 退款 | ").append(DisclosureReport.yuan(r.totals().refunds())).append(" |\n");
    b.append("| 解除限定 | ").append(DisclosureReport.yuan(r.totals().released())).append(" |\n\n");
    table(b, "收入（按来源）", r.incomeBySource());
    table(b, "收入（按资金）", r.incomeByFund());
    table(b, "支出（按服务类别）", r.spendingByCategory());
    table(b, "支出（按项目）", r.spendingByProject());
    table(b, "支出（按合同）", r.spendingByContract());
    table(b, "支出（按服务对象，不足" + r.threshold() + "笔的群体合并）", r.spendingByGroup());
    b.append("## 逐月收支\n\n| 月份 | 收入 | 支出 |\n|---|---:|---:|\n");
    r.months()
        .forEach(
            m ->
                b.append("| ")
                    .append(m.month())
                    .append(" | ")
                    .append(DisclosureReport.yuan(m.income()))
                    .append(" | ")
                    .append(DisclosureReport.yuan(m.spending()))
                    .append(" |\n"));
    b.append("\n## 限定用途资金\n\n");
    b.append("| 资金 | 用途 | 期初 | 收入 | 调入 | 支出 | 退款 | 调出 | 解除限定 | 期末 |\n");
    b.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (DisclosureReport.RestrictedFund f : r.restricted()) {
      b.append("| ").append(f.label()).append(" | ").append(f.purpose());
      for (long v :
          new long[] {
            f.opening(),
            f.received(),
            f.transferredIn(),
            f.spent(),
            f.refunded(),
            f.transferredOut(),
            f.released(),
            f.closing()
          }) {
        b.append(" | ").append(DisclosureReport.yuan(v));
      }
      b.append(" |\n");
    }
    b.append("\n## 解除限定\n\n| 日期 | 资金 | 转入 | 金额 | 依据与理由 |\n|---|---|---|---:|---|\n");
    r.releases()
        .forEach(
            x ->
                b.append("| ")
                    .append(x.date())
                    .append(" | ")
                    .append(x.fund())
                    .append(" | ")
                    .append(x.toFund())
                    .append(" | ")
                    .append(DisclosureReport.yuan(x.fen()))
                    .append(" | ")
                    .append(x.basis())
                    .append(" |\n"));
    b.append("\n## 彩票公益金\n\n");
    b.append("收入 ").append(DisclosureReport.yuan(r.lottery().received()));
    b.append("，支出 ").append(DisclosureReport.yuan(r.lottery().spent()));
    b.append("。养老服务比例：").append(r.lottery().elderlyShare()).append("\n\n");
    table(b, "彩票公益金资助项目", r.lottery().byProject());
    b.append("## 重大事项\n\n| 日期 | 事项 | 资金 | 金额 | 说明 |\n|---|---|---|---:|---|\n");
    r.major()
        .forEach(
            i ->
                b.append("| ")
                    .append(i.date())
                    .append(" | ")
                    .append(i.kind())
                    .append(" | ")
                    .append(i.fund())
                    .append(" | ")
                    .append(DisclosureReport.yuan(i.fen()))
                    .append(" | ")
                    .append(i.memo())
                    .append(" |\n"));
    b.append("\n## 账簿树头\n\n");
    b.append(
        r.closingHead()
            .map(h -> "结账至 " + h.through() + "：" + h.size() + " 条，根 `" + h.root() + "`\n")
            .orElse("本期尚未结账。\n"));
    return b.toString();
  }

  private static void table(StringBuilder b, String title, List<Line> lines) {
    b.append("## ").append(title).append("\n\n| 项目 | 金额（元） |\n|---|---:|\n");
    for (Line l : lines) {
      b.append("| ")
          .append(l.label())
          .append(" | ")
          .append(DisclosureReport.yuan(l.fen()))
          .append(" |\n");
    }
    b.append('\n');
  }
}
