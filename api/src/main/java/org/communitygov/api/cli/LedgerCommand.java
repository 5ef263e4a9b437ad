package org.communitygov.api.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code communitygov ledger}: verifies a journal file (against a published head), prints an
 * account's balance, proves an entry's inclusion, and checks a proof against a head. See {@code
 * docs/ledger.md}.
 */
@Command(
    name = "ledger",
    description = "Verifies ledger journals, prints balances, proves and checks entries.",
    subcommands = {
      LedgerCommand.Verify.class,
      LedgerCommand.Balance.class,
      LedgerCommand.Prove.class,
      LedgerCommand.CheckProof.class
    },
    exitCodeList = {
      "0:valid, or done",
      "1:invalid journal or proof",
      "2:usage error or unreadable input"
    })
final class LedgerCommand extends CommandGroup {

  /** A subcommand on one journal file; reading it and reporting failures as every input command. */
  abstract static class OnJournal extends InputCommand {
    @Parameters(paramLabel = "FILE", description = "The journal (NDJSON).")
    String file = "";

    OnJournal(CliEnvironment environment) {
      super(environment);
    }

    Ledger ledger() throws UnreadableInput {
      return JournalFiles.read(InputFiles.bytes(file), Clock.systemUTC());
    }
  }

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description =
          "Verifies a journal: every line canonical, in order, with its leaf hash; against HEAD, the same tree.")
  static final class Verify extends OnJournal {
    Verify(CliEnvironment environment) {
      super(environment);
    }

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
  static final class Balance extends OnJournal {
    Balance(CliEnvironment environment) {
      super(environment);
    }

    @Option(names = "--account", required = true, paramLabel = "ID", description = "The account.")
    private String account = "";

    @Option(
        names = "--date",
        paramLabel = "DATE",
        description = "The balance at the end of this date (value dates).")
    private @Nullable String date;

    @Override
    int run(PrintWriter out) throws UnreadableInput {
      Ledger ledger = ledger();
      AccountId id = AccountId.of(account);
      Optional<Amount> balance;
      if (date == null) {
        balance = ledger.balance(id);
      } else {
        balance = ledger.balance(id, PlaceAndDate.date(spec, date));
      }
      if (balance.isEmpty()) {
        return notFound("no account " + id + " in the journal");
      }
      out.println(balance.get());
      return ExitCodes.DECIDED;
    }
  }

  @Command(
      name = "prove",
      mixinStandardHelpOptions = true,
      description = "Prints the inclusion proof of an entry in the journal's tree, as JSON.")
  static final class Prove extends OnJournal {
    Prove(CliEnvironment environment) {
      super(environment);
    }

    @Option(names = "--entry", required = true, paramLabel = "ID", description = "The entry's id.")
    private String entry = "";

    @Override
    int run(PrintWriter out) throws UnreadableInput {
      Optional<InclusionProof> proof = ledger().proveInclusion(entry);
      if (proof.isEmpty()) {
        return notFound("no entry " + entry + " in the journal");
      }
      out.println(ProofJson.write(proof.get()));
      return ExitCodes.DECIDED;
    }
  }

  @Command(
      name = "check-proof",
      mixinStandardHelpOptions = true,
      description = "Checks an inclusion proof against a tree head, with nothing else.")
  static final class CheckProof extends InputCommand {
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
