package org.communitygov.api.cli;

import java.io.Console;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * The entry point of the {@code communitygov} command-line tool ({@code java -jar communitygov.jar
 * validate FILE}).
 *
 * <p>Exit codes: 0 when every document is valid, 1 when one has errors, 2 for a usage error, an
 * unreadable input or an internal error. Problems are told in one line on standard error; a stack
 * trace only with {@code --debug}.
 *
 * @since 0.1.0
 */
public final class Main {
  private Main() {}

  /**
   * Runs the tool and exits the JVM with its exit code.
   *
   * @param args the command line, not null
   */
  public static void main(String[] args) {
    if (!Arrays.asList(args).contains("--debug")) {
      QuietLogging.apply();
    }
    Charset charset = outputCharset();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
    int code = execute(CliEnvironment.ofProcess(), out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the tool in this JVM without exiting: for tests and embedding.
   *
   * @param environment standard input, terminal and locale, not null
   * @param out standard output, not null
   * @param err standard error, not null
   * @param args the command line, not null
   * @return the exit code
   */
  static int execute(CliEnvironment environment, PrintWriter out, PrintWriter err, String... args) {
    return commandLine(environment, out, err).execute(args);
  }

  /** Builds the command line with its subcommands, streams and error handlers. */
  static CommandLine commandLine(CliEnvironment environment, PrintWriter out, PrintWriter err) {
    CommandLine commandLine =
        new CommandLine(new CommunityGovCommand(), new CommandFactory(environment));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(new CommandFailures.Usage());
    commandLine.setExecutionExceptionHandler(new CommandFailures.Internal(environment));
    return commandLine;
  }

  /** UTF-8, unless a console says otherwise (a Windows console in GBK, say). */
  private static Charset outputCharset() {
    Console console = System.console();
    return console != null ? console.charset() : StandardCharsets.UTF_8;
  }
}
