package org.communitygov.api.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.communitygov.model.funding.PurchaseContract;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.rules.engine.ExplanationRenderer;
import org.communitygov.rules.funding.book.FundingSource;
import org.communitygov.rules.funding.disclosure.DisclosureReport;
import org.communitygov.rules.funding.disclosure.Disclosures;
import org.communitygov.rules.funding.disclosure.ReportPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code communitygov lottery-report}: the annual report on lottery public-welfare funds
 * (使用规模、资助项目和执行情况, 《彩票管理条例》): what the lottery funds received and spent, the projects and
 * categories funded, the contracts paid from them against their amounts, and the elderly-care share
 * with its explanation and confidence.
 */
@Command(
    name = "lottery-report",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "The annual report on lottery public-welfare funds.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:a transaction was refused", "2:usage error or unreadable input"})
final class LotteryReportCommand extends FundsCommand.Base {
  @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The year.")
  int year;

  @Override
  int run(PrintWriter out, PrintWriter err) throws UnreadableInput {
    FundingInputs.Loaded loaded = inputs.open();
    inputs.replay(loaded, DiscloseCommand.quarterEnds(loaded, LocalDate.of(year, 12, 31)));
    DisclosureReport r =
        Disclosures.of(
            loaded.book(),
            ReportPeriod.parse(Integer.toString(year)),
            Disclosures.DEFAULT_THRESHOLD);
    out.println("# 彩票公益金使用情况 " + year + " " + r.community());
    out.println();
    out.println(
        "使用规模：收入 "
            + DisclosureReport.yuan(r.lottery().received())
            + " 元，支出 "
            + DisclosureReport.yuan(r.lottery().spent())
            + " 元");
    out.println();
    out.println("资助项目：");
    r.lottery()
        .byProject()
        .forEach(l -> out.println("- " + l.label() + " " + DisclosureReport.yuan(l.fen())));
    out.println("服务类别：");
    r.lottery()
        .byCategory()
        .forEach(l -> out.println("- " + l.label() + " " + DisclosureReport.yuan(l.fen())));
    out.println("执行情况（合同）：");
    for (PurchaseContract c : loaded.book().contracts()) {
      if (loaded.book().fund(c.fund()).filter(f -> f.source().isLottery()).isPresent()) {
        out.println(
            "- "
                + c.id()
                + " "
                + c.provider().name().zh()
                + " 已付 "
                + DisclosureReport.yuan(paid(loaded, c, year))
                + " / "
                + c.amount().amount().toPlainString()
                + c.evaluationOn(LocalDate.of(year, 12, 31))
                    .map(e -> "，绩效评价 " + e.result() + "（" + e.date() + "）")
                    .orElse(""));
      }
    }
    out.println();
    out.println(
        ExplanationRenderer.of(inputs.locale())
            .render(Disclosures.lotteryShare(loaded.book(), LocalDate.of(year, 12, 31))));
    return exit(loaded, err);
  }

  static long paid(FundingInputs.Loaded loaded, PurchaseContract c, int year) {
    long fen = 0;
    for (Entry e : loaded.book().ledger().entries()) {
      if (e instanceof Transaction tx
          && tx.valueDate().getYear() == year
          && tx.source()
              .map(FundingSource::parse)
              .flatMap(s -> s.get("contract"))
              .filter(c.id().value()::equals)
              .isPresent()) {
        fen += tx.postings().get(0).amount().negated().minor();
      }
    }
    return fen;
  }
}
