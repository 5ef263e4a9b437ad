package org.communitygov.api.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.communitygov.model.common.CommunityGovException;
import org.communitygov.model.funding.Fund;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.rules.funding.book.FundingAccounts;
import org.communitygov.rules.funding.disclosure.DisclosureDues;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code communitygov funds}: posts a community's funding transactions by the funding rules and
 * prints each fund's balance, or closes a period and prints its closing entries and tree head. A
 * refused transaction is printed on standard error with its code and posts nothing; the command
 * then exits 1. {@code funds overdue} tells what of the disclosure is due on a day and what is
 * overdue. See {@code docs/funding.md}.
 */
@Command(
    name = "funds",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Community funds: balance, close, overdue.",
    subcommands = {
      FundsCommand.Balance.class,
      FundsCommand.Close.class,
      FundsCommand.Overdue.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:refused", "2:usage error or unreadable input"})
final class FundsCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.NOT_CHECKED;
  }

  /** How every funding command reports unusable input: one line, exit 2. */
  abstract static class Base implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin FundingInputs inputs;

    abstract int run(PrintWriter out, PrintWriter err) throws UnreadableInput;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try {
        int code = run(out, err);
        out.flush();
        return code;
      } catch (UnreadableInput e) {
        err.println("communitygov: " + e.message(inputs.language));
      } catch (CommunityGovException e) {
        err.println("communitygov: " + e.code() + ": " + e.getMessage());
      } catch (DateTimeParseException | IllegalArgumentException e) {
        err.println("communitygov: invalid input: " + e.getMessage());
      }
      err.flush();
      return ExitCodes.NOT_CHECKED;
    }

    static int exit(FundingInputs.Loaded loaded, PrintWriter err) {
      return FundingInputs.report(loaded, err) ? ExitCodes.INVALID : ExitCodes.VALID;
    }
  }

  /** Posts the transactions and prints each fund's balance. */
  @Command(name = "balance", description = "Post the transactions and print each fund's balance.")
  static final class Balance extends Base {
    @Option(names = "--date", paramLabel = "DATE", description = "Balances on this date.")
    String date = "";

    @Override
    int run(PrintWriter out, PrintWriter err) throws UnreadableInput {
      FundingInputs.Loaded loaded = inputs.open();
      inputs.replay(loaded, List.of());
      for (Fund f : loaded.book().funds()) {
        var account = FundingAccounts.of(FundingAccounts.Role.FUND, f.id());
        var balance =
            date.isEmpty()
                ? loaded.book().ledger().balance(account)
                : loaded.book().ledger().balance(account, LocalDate.parse(date));
        out.println(
            f.id()
                + " "
                + f.source()
                + " "
                + f.restriction().purpose().orElse("unrestricted")
                + " "
                + balance.map(Amount::toString).orElse("-"));
      }
      return exit(loaded, err);
    }
  }

  /** Posts the transactions, closes a period and prints its closing entries and tree head. */
  @Command(name = "close", description = "Close a period: closing entries and the tree head.")
  static final class Close extends Base {
    @Option(
        names = "--through",
        required = true,
        paramLabel = "DATE",
        description = "The last day of the period.")
    String through = "";

    @Override
    int run(PrintWriter out, PrintWriter err) throws UnreadableInput {
      LocalDate last = LocalDate.parse(through);
      FundingInputs.Loaded loaded = inputs.open();
      inputs.replay(loaded, List.of(last));
      var head = loaded.book().closingHead(last);
      if (head.isPresent()) {
        String prefix = "close:" + last + ":";
        int n = 0;
        for (Entry e : loaded.book().ledger().entries()) {
          if (e instanceof Transaction tx && tx.id().value().startsWith(prefix)) {
            out.println(
                tx.id()
                    + " "
                    + String.join(", ", tx.postings().stream().map(Posting::toString).toList()));
            n++;
          }
        }
        out.println(
            "closed through "
                + last
                + ": "
                + n
                + " closing entries; tree head "
                + head.get().size()
                + " entries, root "
                + head.get().rootHex());
      }
      return exit(loaded, err);
    }
  }

  /**
   * Posts the transactions and tells what of the disclosure is due on a day, and what is overdue.
   */
  @Command(
      name = "overdue",
      description = "What of the disclosure is due on a day: the finances and each major matter.")
  static final class Overdue extends Base {
    @Option(names = "--date", required = true, paramLabel = "DATE", description = "The day asked.")
    String date = "";

    @Option(
        names = "--published",
        required = true,
        paramLabel = "DATE",
        description = "The day the finances were last published.")
    String published = "";

    @Option(
        names = "--frequent",
        description = "The finances have frequent transactions: due monthly, not quarterly.")
    boolean frequent;

    @Override
    int run(PrintWriter out, PrintWriter err) throws UnreadableInput {
      LocalDate on = LocalDate.parse(date);
      LocalDate last = LocalDate.parse(published);
      if (last.isAfter(on)) {
        throw new IllegalArgumentException("--published is after --date");
      }
      FundingInputs.Loaded loaded = inputs.open();
      inputs.replay(loaded, List.of());
      for (DisclosureDues.Due due : DisclosureDues.of(loaded.book(), last, frequent, on)) {
        var result = due.result();
        long late = java.time.temporal.ChronoUnit.DAYS.between(result.dueBy(), on);
        out.println(
            due.item()
                + due.transaction().map(t -> " " + t).orElse("")
                + " since "
                + due.since()
                + " due by "
                + result.dueBy()
                + ": "
                + result.code()
                + (result.overdue() ? " (" + late + " days past due)" : ""));
      }
      return exit(loaded, err);
    }
  }
}
