package org.communitygov.api.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.points.MemberId;
import org.communitygov.model.points.Scheme;
import org.communitygov.model.volunteer.Evaluation;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.ExplanationRenderer;
import org.communitygov.rules.ledger.Ledger;
import org.communitygov.rules.points.PointsBook;
import org.communitygov.rules.points.PointsOutcome;
import org.communitygov.rules.points.RedemptionRequest;
import org.communitygov.rules.points.ServiceRecordInput;
import org.communitygov.rules.points.Statement;
import org.communitygov.rules.points.StatementLine;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code communitygov points}: credits service records, redeems, runs the expiry job, prints a
 * member's statement, transfers, donates and credits referral bonuses ({@link PointsGiftCommands}),
 * on a scheme's journal file, by the scheme's dated policies. See {@code docs/points.md}.
 */
@Command(
    name = "points",
    description =
        "Community points and time banks: accrue, redeem, expire, statement, transfer, donate,"
            + " bonus, export.",
    subcommands = {
      PointsCommand.Accrue.class,
      PointsCommand.Redeem.class,
      PointsCommand.Expire.class,
      PointsCommand.StatementCommand.class,
      PointsGiftCommands.Transfer.class,
      PointsGiftCommands.Donate.class,
      PointsGiftCommands.Bonus.class,
      PointsExportCommand.class
    },
    exitCodeList = {"0:done", "1:refused", "2:usage error or unreadable input"})
final class PointsCommand extends CommandGroup {

  /**
   * The scheme and journal every points subcommand takes; failures as every input command reports
   * them. What it prints is in Chinese unless {@code --lang} says otherwise.
   */
  abstract static class Base extends InputCommand {
    @Option(
        names = "--scheme",
        required = true,
        paramLabel = "FILE",
        description = "The scheme and its policies (JSON).")
    String scheme = "";

    @Option(
        names = "--journal",
        required = true,
        paramLabel = "FILE",
        description = "The scheme's journal (NDJSON), created if absent.")
    String journal = "";

    Base(CliEnvironment environment) {
      super(environment);
    }

    abstract int run(PointsBook book, PrintWriter out) throws UnreadableInput;

    @Override
    Language language() {
      return common.language(Locale.SIMPLIFIED_CHINESE);
    }

    @Override
    final int run(PrintWriter out) throws UnreadableInput {
      Scheme read = PointsFiles.scheme(scheme);
      try (Ledger ledger = PointsFiles.ledger(read, journal)) {
        return run(PointsBook.open(read, ledger), out);
      }
    }

    /** Prints a decision on one request and its explanation; 1 if it was refused. */
    int decided(Decision<PointsOutcome> decision, PrintWriter out) {
      out.println(result(decision));
      out.println(explain(decision));
      return decision.outcomeOrThrow().isRefused() ? 1 : ExitCodes.DECIDED;
    }

    LocalDate date(String text) {
      return PlaceAndDate.date(spec, text);
    }

    String explain(Decision<PointsOutcome> decision) {
      return ExplanationRenderer.of(language().locale()).render(decision);
    }

    static String result(Decision<PointsOutcome> d) {
      boolean again =
          d.explanation().steps().stream().anyMatch(s -> s.id().equals("points.alreadyPosted"))
              || d.explanation()
                  .decisiveStep()
                  .filter(s -> s.id().equals("points.alreadyPosted"))
                  .isPresent();
      return outcome(d) + (again ? " (already posted)" : "");
    }

    private static String outcome(Decision<PointsOutcome> d) {
      PointsOutcome o = d.outcomeOrThrow();
      if (o.isRefused()) {
        return "REFUSED "
            + o.reason().orElseThrow().code()
            + o.ledgerCode().map(c -> " (" + c + ")").orElse("");
      }
      return o.transaction()
          .map(
              tx ->
                  o.code()
                      + " "
                      + tx.id()
                      + ": "
                      + String.join(", ", tx.postings().stream().map(Posting::toString).toList()))
          .orElse(o.code());
    }
  }

  @Command(
      name = "accrue",
      mixinStandardHelpOptions = true,
      description = "Credits service records by the policy in force on each record's date.")
  static final class Accrue extends Base {
    @Parameters(
        paramLabel = "RECORDS",
        description =
            "Service records: a SERVICE_RECORDS document (volunteer records), or a JSON array.")
    private String records = "";

    @Option(names = "--explain", description = "Print each decision's explanation.")
    private boolean explain;

    @Option(
        names = "--evaluations",
        paramLabel = "FILE",
        description =
            "Evaluations of the records of a SERVICE_RECORDS document (JSON array, or a"
                + " document's records): a rating of 1 or 2 is negative.")
    private @Nullable String evaluations;

    Accrue(CliEnvironment environment) {
      super(environment);
    }

    @Override
    int run(PointsBook book, PrintWriter out) throws UnreadableInput {
      Optional<List<Evaluation>> rated =
          evaluations == null
              ? Optional.empty()
              : Optional.of(VolunteerFiles.read(evaluations, Evaluation.class));
      List<ServiceRecordInput> read = PointsFiles.records(records, rated);
      int credited = 0;
      int nothing = 0;
      int refused = 0;
      for (ServiceRecordInput r : read) {
        Decision<PointsOutcome> d = book.accrue(r);
        PointsOutcome o = d.outcomeOrThrow();
        if (o.isRefused()) {
          refused++;
        } else if (o.transaction().isEmpty()) {
          nothing++;
        } else {
          credited++;
        }
        out.println(r.record() + " " + r.member() + " " + r.date() + " " + result(d));
        if (explain) {
          out.println(explain(d).indent(2).stripTrailing());
        }
      }
      out.printf(
          Locale.ROOT,
          "%d records: %d credited, %d nothing to credit, %d refused%n",
          read.size(),
          credited,
          nothing,
          refused);
      return refused == 0 ? ExitCodes.DECIDED : 1;
    }
  }

  @Command(
      name = "redeem",
      mixinStandardHelpOptions = true,
      description = "Redeems a reward of the catalogue, or says why not.")
  static final class Redeem extends Base {
    @Option(names = "--id", required = true, paramLabel = "ID", description = "The request's id.")
    private String id = "";

    @Option(names = "--member", required = true, paramLabel = "ID", description = "The member.")
    private String member = "";

    @Option(names = "--reward", required = true, paramLabel = "CODE", description = "The reward.")
    private String reward = "";

    @Option(names = "--date", required = true, paramLabel = "DATE", description = "The date.")
    private String date = "";

    @Option(
        names = "--age",
        required = true,
        paramLabel = "YEARS",
        description = "The member's age on that date.")
    private int age;

    @Option(names = "--hardship", description = "The member is a hardship case.")
    private boolean hardship;

    Redeem(CliEnvironment environment) {
      super(environment);
    }

    @Override
    int run(PointsBook book, PrintWriter out) {
      return decided(
          book.redeem(
              new RedemptionRequest(id, MemberId.of(member), date(date), reward, age, hardship)),
          out);
    }
  }

  @Command(
      name = "expire",
      mixinStandardHelpOptions = true,
      description = "Runs the expiry job for a date; running it twice for a date posts once.")
  static final class Expire extends Base {
    @Option(names = "--date", required = true, paramLabel = "DATE", description = "The date.")
    private String date = "";

    Expire(CliEnvironment environment) {
      super(environment);
    }

    @Override
    int run(PointsBook book, PrintWriter out) {
      List<Decision<PointsOutcome>> decisions = book.expire(date(date));
      for (Decision<PointsOutcome> d : decisions) {
        out.println(result(d));
      }
      out.println(decisions.size() + " members with expired credits");
      return ExitCodes.DECIDED;
    }
  }

  @Command(
      name = "statement",
      mixinStandardHelpOptions = true,
      description = "Prints a member's statement: opening balance, movements, closing balance.")
  static final class StatementCommand extends Base {
    @Option(names = "--member", required = true, paramLabel = "ID", description = "The member.")
    private String member = "";

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day.")
    private String from = "";

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day.")
    private String to = "";

    StatementCommand(CliEnvironment environment) {
      super(environment);
    }

    @Override
    int run(PointsBook book, PrintWriter out) {
      MemberId id = MemberId.of(member);
      LocalDate first = date(from);
      LocalDate last = date(to);
      Statement s = book.statement(id, first, last).orElse(null);
      if (s == null) {
        return notFound("no account of member " + id);
      }
      boolean zh = language() == Language.ZH_CN;
      out.println(
          (zh ? "对账单 " : "Statement of ")
              + id
              + (zh ? "，" : ", ")
              + first
              + " – "
              + last
              + " ("
              + book.scheme().unit()
              + ")");
      out.println((zh ? "期初余额 " : "opening balance ") + s.opening().decimalText());
      for (StatementLine l : s.lines()) {
        String amount = l.amount().decimalText();
        out.println(
            l.date()
                + "  "
                + (l.amount().isNegative() ? amount : "+" + amount)
                + "  "
                + l.movement()
                + "  "
                + l.transaction()
                + "  "
                + l.reason());
      }
      out.println((zh ? "期末余额 " : "closing balance ") + s.closing().decimalText());
      return ExitCodes.DECIDED;
    }
  }
}
