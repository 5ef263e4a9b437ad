package org.communitygov.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code communitygov hsds}: exports a {@code SERVICES} document as Open Referral HSDS 3.0, and
 * imports HSDS services into a {@code SERVICES} document. See {@code docs/services.md}.
 */
@Command(
    name = "hsds",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Exports a SERVICES document as HSDS 3.0 JSON, and imports HSDS 3.0 services.",
    subcommands = {HsdsExportCommand.class, HsdsImportCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done (warnings and notes allowed)",
      "1:the input is not a valid SERVICES document, or not valid HSDS",
      "2:usage error, unreadable input or unwritable output"
    })
final class HsdsCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.NOT_CHECKED;
  }

  /** What both subcommands share: the input, {@code --output}, and failures in one line. */
  abstract static class Base implements Callable<Integer> {
    final CliEnvironment environment;

    @Spec CommandSpec spec;

    @Mixin CommonOptions common;

    @Option(
        names = "--output",
        paramLabel = "FILE",
        description = "Write the result to FILE instead of standard output.")
    @Nullable String output;

    Base(CliEnvironment environment) {
      this.environment = environment;
    }

    /** Runs the command: the result's text on success, or an exit code. */
    abstract int run(PrintWriter err, Language language) throws UnreadableInput;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      Language language = common.language(environment.locale());
      int code;
      try {
        code = run(err, language);
      } catch (UnreadableInput e) {
        err.println("communitygov: " + e.message(language));
        code = ExitCodes.NOT_CHECKED;
      }
      err.flush();
      spec.commandLine().getOut().flush();
      return code;
    }

    /** Reads an input file, or standard input for {@code -}. */
    byte[] read(String input) throws UnreadableInput {
      try {
        if ("-".equals(input)) {
          return environment.stdin().readAllBytes();
        }
        Path path = InputFiles.path(input);
        return Files.readAllBytes(path);
      } catch (IOException e) {
        throw new UnreadableInput(input, e);
      }
    }

    /** Writes the result to {@code --output} or standard output; exit code 0, or 2 if it fails. */
    int write(String text, PrintWriter err, Language language) {
      if (output == null) {
        spec.commandLine().getOut().print(text);
        return ExitCodes.DECIDED;
      }
      try {
        Files.writeString(Path.of(output), text, StandardCharsets.UTF_8);
        return ExitCodes.DECIDED;
      } catch (IOException | RuntimeException e) {
        err.println(
            "communitygov: "
                + CliMessages.format(language, "write.failed", output, e.getClass().getName()));
        return ExitCodes.NOT_CHECKED;
      }
    }
  }
}
