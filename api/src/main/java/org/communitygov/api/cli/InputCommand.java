package org.communitygov.api.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.communitygov.model.common.CommunityGovException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A subcommand that reads input files (the {@code ledger}, {@code volunteer} and {@code points}
 * subcommands): what it cannot use is one line on standard error and exit code 2, never a stack
 * trace — an unreadable file in the user's language ({@link UnreadableInput}), a file or value the
 * model refuses by its code and place ({@link CommunityGovException}).
 */
abstract class InputCommand implements Callable<Integer> {
  private final CliEnvironment environment;
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  InputCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  /**
   * Runs the subcommand.
   *
   * @param out standard output
   * @return the exit code
   * @throws UnreadableInput if an input file cannot be read
   */
  abstract int run(PrintWriter out) throws UnreadableInput;

  /**
   * Says on standard error why nothing was printed, such as an account the journal does not hold.
   *
   * @param reason what is missing, without the program's name
   * @return exit code 1
   */
  int notFound(String reason) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("communitygov: " + reason);
    err.flush();
    return 1;
  }

  /** The language of what the subcommand prints: {@code --lang}, else the system's. */
  Language language() {
    return common.language(environment.locale());
  }

  @Override
  public final Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      int code = run(out);
      out.flush();
      return code;
    } catch (UnreadableInput e) {
      err.println("communitygov: " + e.message(language()));
    } catch (CommunityGovException e) {
      err.println("communitygov: " + e.code() + ": " + e.getMessage());
    }
    err.flush();
    return ExitCodes.NOT_CHECKED;
  }
}
