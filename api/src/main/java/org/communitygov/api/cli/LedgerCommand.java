package org.communitygov.api.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.Amount;
import org.communitygov.rules.ledger.InclusionProof;
import org.communitygov.rules.ledger.JournalFiles;
import org.communitygov.rules.ledger.JournalVerifier;
import org.communitygov.rules.ledger.Ledger;
import org.communitygov.rules.ledger.ProofJson;
import org.communitygov.rules.ledger.ProofVerifier;
import org.communitygov.rules.ledger.TreeHead;
import org.communitygov.rules.ledger.VerifyReport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code communitygov ledger}: verifies a journal file (against a published head), prints an
 * account's balance, proves an entry's inclusion, and checks a proof against a head. See {@code
 * docs/ledger.md}.
 */
@Command(
    name = "ledger",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Verifies ledger journals, prints balances, proves and checks entries.",
    subcommands = {
      LedgerCommand.Verify.class,
      LedgerCommand.Balance.class,
      LedgerCommand.Prove.class,
      LedgerCommand.CheckProof.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:valid, or done",
      "1:invalid journal or proof",
      "2:usage error or unreadable input"
    })
final class LedgerCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.NOT_CHECKED;
  }

  /** What every ledger subcommand shares: reading files and reporting failures. */
  abstract static class Base extends InputCommand {
    Base(CliEnvironment environment) {
      super(environment);
    }

    Ledger ledger(String file) throws UnreadableInput {
      return JournalFiles.read(InputFiles.bytes(file), Clock.systemUTC());
    }
  }

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description =
          "Verifies a journal: every line canonical, in order, with its leaf hash; against HEAD, the same tree.")
  static final class Verify extends Base {
    Verify(CliEnvironment environment) {
      super(environment);
    }

    @Parameters(paramLabel = "FILE", description = "The journal (NDJSON).")
    private String file = "";

    @Option(
        names = "--head",
        paramLabel = "HEAD",
        description = "A published tree head (JSON file).")
    private @Nullable String head;

    @Override
    int run(PrintWriter out) throws UnreadableInput {
      Optional<TreeHead> published =
          head == null ? Optional.empty() : Optional.of(ProofJson.readHead(InputFiles.text(head)));
      VerifyReport report = JournalVerifier.verify(InputFiles.bytes(file), published, true);
      out.println(report);
      return report.isValid() ? ExitCodes.DECIDED : 1;
    }
  }

  @Command(
      name = "balance",
      mixinStandardHelpOptions = true,
      description = "Prints an account's balance, the fold of its postings.")
  static final class Balance extends Base {
    Balance(CliEnvironment environment) {
      super(environment);
    }

    @Parameters(paramLabel = "FILE", description = "The journal (NDJSON).")
    private String file = "";

    @Option(names = "--account", required = true, paramLabel = "ID", description = "The account.")
    private String account = "";

    @Option(
        names = "--date",
        paramLabel = "DATE",
        description = "The balance at the end of this date (value dates).")
    private @Nullable String date;

    @Override
    int run(PrintWriter out) throws UnreadableInput {
      Ledger ledger = ledger(file);
      AccountId id = AccountId.of(account);
      Optional<Amount> balance;
      if (date == null) {
        balance = ledger.balance(id);
      } else {
        balance = ledger.balance(id, PlaceAndDate.date(spec, date));
      }
      if (balance.isEmpty()) {
        spec.commandLine().getErr().println("communitygov: no account " + id + " in the journal");
        spec.commandLine().getErr().flush();
        return 1;
      }
      out.println(balance.get());
      return ExitCodes.DECIDED;
    }
  }

  @Command(
      name = "prove",
      mixinStandardHelpOptions = true,
      description = "Prints the inclusion proof of an entry in the journal's tree, as JSON.")
  static final class Prove extends Base {
    Prove(CliEnvironment environment) {
      super(environment);
    }

    @Parameters(paramLabel = "FILE", description = "The journal (NDJSON).")
    private String file = "";

    @Option(names = "--entry", required = true, paramLabel = "ID", description = "The entry's id.")
    private String entry = "";

    @Override
    int run(PrintWriter out) throws UnreadableInput {
      Optional<InclusionProof> proof = ledger(file).proveInclusion(entry);
      if (proof.isEmpty()) {
        spec.commandLine().getErr().println("communitygov: no entry " + entry + " in the journal");
        spec.commandLine().getErr().flush();
        return 1;
      }
      out.println(ProofJson.write(proof.get()));
      return ExitCodes.DECIDED;
    }
  }

  @Command(
      name = "check-proof",
      mixinStandardHelpOptions = true,
      description = "Checks an inclusion proof against a tree head, with nothing else.")
  static final class CheckProof extends Base {
    CheckProof(CliEnvironment environment) {
      super(environment);
    }

    @Parameters(
        paramLabel = "PROOF",
        description = "The proof (JSON file, as ledger prove prints it).")
    private String proof = "";

    @Option(
        names = "--head",
        required = true,
        paramLabel = "HEAD",
        description = "The tree head (JSON file).")
    private String head = "";

    @Override
    int run(PrintWriter out) throws UnreadableInput {
      InclusionProof read = ProofJson.readInclusionProof(InputFiles.text(proof));
      boolean holds = ProofVerifier.verify(read, ProofJson.readHead(InputFiles.text(head)));
      out.println(
          holds
              ? "the proof holds: entry "
                  + read.entry()
                  + " is entry "
                  + read.index()
                  + " of "
                  + read.treeSize()
              : "the proof does not hold for this head");
      return holds ? ExitCodes.DECIDED : 1;
    }
  }
}
