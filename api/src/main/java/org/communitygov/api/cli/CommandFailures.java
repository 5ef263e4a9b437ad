package org.communitygov.api.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import org.communitygov.model.common.CommunityGovException;
import org.communitygov.model.common.Identifier;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** How {@code communitygov} reports what went wrong: one line, a stack trace only on request. */
final class CommandFailures {
  private CommandFailures() {}

  /** A usage error: the message, then the command's usage, exit code 2. */
  static final class Usage implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      CommandLine commandLine = ex.getCommandLine();
      PrintWriter err = commandLine.getErr();
      if (Arrays.asList(args).contains("--debug")) {
        ex.printStackTrace(err);
      }
      err.println("communitygov: " + ex.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
      err.println();
      commandLine.usage(err, commandLine.getColorScheme());
      err.flush();
      return ExitCodes.NOT_CHECKED;
    }
  }

  /** An exception that escaped a command: a bug, exit code 2. */
  static final class Internal implements IExecutionExceptionHandler {
    private final CliEnvironment environment;

    Internal(CliEnvironment environment) {
      this.environment = environment;
    }

    @Override
    public int handleExecutionException(
        Exception ex, CommandLine commandLine, ParseResult parseResult) {
      PrintWriter err = commandLine.getErr();
      if (debug(parseResult)) {
        ex.printStackTrace(err);
      }
      Language language = Language.defaultFor(environment.locale());
      err.println("communitygov: " + CliMessages.format(language, "internal", valueFree(ex)));
      err.flush();
      return ExitCodes.NOT_CHECKED;
    }

    /**
     * The exception's class and, for the library's own, its code: never its message, which may
     * quote the input (Jackson and the JDK quote the offending text).
     */
    static String valueFree(Exception ex) {
      return ex instanceof CommunityGovException e
          ? ex.getClass().getName() + " " + Identifier.mask(e.code())
          : ex.getClass().getName();
    }

    private static boolean debug(ParseResult parseResult) {
      for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
        if (p.hasMatchedOption("--debug")) {
          return true;
        }
      }
      return false;
    }
  }
}
