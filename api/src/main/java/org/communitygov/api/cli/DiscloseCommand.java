package org.communitygov.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communitygov.rules.funding.disclosure.DisclosureFold;
import org.communitygov.rules.funding.disclosure.DisclosureHtml;
import org.communitygov.rules.funding.disclosure.DisclosureJson;
import org.communitygov.rules.funding.disclosure.DisclosureMarkdown;
import org.communitygov.rules.funding.disclosure.DisclosureReport;
import org.communitygov.rules.funding.disclosure.Disclosures;
import org.communitygov.rules.funding.disclosure.ReportPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code communitygov disclose}: the disclosure report (居务公开 / 村务公开) of a community for a period,
 * folded from the ledger after posting the transactions and closing every quarter that ended by the
 * period's last day, or streamed from the community's funding journal file ({@code --journal}, ADR
 * 0097), as JSON, Markdown or a self-contained HTML page.
 */
@Command(
    name = "disclose",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "The disclosure report of a community's funding for a period.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:a transaction was refused", "2:usage error or unreadable input"})
final class DiscloseCommand extends FundsCommand.Base {
  @Option(names = "--community", required = true, paramLabel = "ID", description = "The community.")
  String community = "";

  @Option(
      names = "--period",
      required = true,
      paramLabel = "PERIOD",
      description = "2026, 2026-Q3 or 2026-07.")
  String period = "";

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "json, md or html (default: json).")
  String format = "json";

  @Option(
      names = "--threshold",
      paramLabel = "N",
      description = "Population groups with fewer transactions are merged (default: 3).")
  int threshold = Disclosures.DEFAULT_THRESHOLD;

  @Option(
      names = "--journal",
      paramLabel = "FILE",
      description =
          "Fold the community's funding journal (the ledger's NDJSON file) instead of posting"
              + " --transactions: one streaming pass, closes and heads as the journal has them.")
  String journal = "";

  @Override
  int run(PrintWriter out, PrintWriter err) throws UnreadableInput {
    ReportPeriod p = ReportPeriod.parse(period);
    if (!List.of("json", "md", "html").contains(format)) {
      throw new IllegalArgumentException("--format is json, md or html");
    }
    if (!journal.isEmpty()) {
      DisclosureFold.Registers registers = inputs.registers();
      checkCommunity(registers.community().value());
      Path file = InputFiles.path(journal);
      try {
        write(out, DisclosureFold.of(registers, List.of(p), threshold).read(file).reports().get(0));
      } catch (IOException e) {
        throw new UnreadableInput(journal, e);
      }
      return ExitCodes.VALID;
    }
    FundingInputs.Loaded loaded = inputs.open();
    checkCommunity(loaded.book().community().value());
    inputs.replay(loaded, quarterEnds(loaded, p.last()));
    write(out, Disclosures.of(loaded.book(), p, threshold));
    return exit(loaded, err);
  }

  private void checkCommunity(String ofFunds) {
    if (!ofFunds.equals(community)) {
      throw new IllegalArgumentException("the funds are of another community than " + community);
    }
  }

  private void write(PrintWriter out, DisclosureReport report) {
    out.print(
        switch (format) {
          case "md" -> DisclosureMarkdown.write(report);
          case "html" -> DisclosureHtml.write(report);
          default -> DisclosureJson.write(report);
        });
  }

  static List<LocalDate> quarterEnds(FundingInputs.Loaded loaded, LocalDate last) {
    LocalDate first =
        loaded.transactions().stream()
            .map(t -> t.date())
            .min(LocalDate::compareTo)
            .orElse(last)
            .withDayOfYear(1);
    List<LocalDate> ends = new ArrayList<>();
    for (LocalDate q = first.plusMonths(3).minusDays(1);
        !q.isAfter(last);
        q = q.plusDays(1).plusMonths(3).minusDays(1)) {
      ends.add(q);
    }
    return ends;
  }
}
