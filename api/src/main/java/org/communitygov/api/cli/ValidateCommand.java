package org.communitygov.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.communitygov.api.exchange.ExchangeValidator;
import org.communitygov.api.exchange.ValidationMode;
import org.communitygov.api.exchange.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code communitygov validate}: validates exchange documents and prints a report for each. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Validates exchange documents (a JSON envelope or NDJSON) and prints a report for each.",
      "The exit code is the worst of all inputs."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every document is valid (warnings allowed)",
      "1:a document has errors",
      "2:usage error, unreadable input, or internal error"
    })
final class ValidateCommand implements Callable<Integer> {
  private final CliEnvironment environment;
  private ExchangeValidator validator;

  @Spec private CommandSpec spec;

  @Mixin private CommonOptions common;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = ReportFormat.Converter.class,
      completionCandidates = ReportFormat.Candidates.class,
      description = "Output: ${COMPLETION-CANDIDATES}. Default: text.")
  private ReportFormat format = ReportFormat.TEXT;

  @Option(
      names = "--lenient",
      description =
          "Unknown properties, null for an absent value and a byte order mark are warnings,"
              + " not errors.")
  private boolean lenient;

  @Option(
      names = "--max-issues",
      paramLabel = "N",
      description = "List at most N issues per document; the rest are counted. Default: 1000.")
  private int maxIssues = 1000;

  @Option(
      names = "--progress",
      description = "Show progress on standard error (shown anyway for long inputs on a terminal).")
  private boolean progress;

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "Documents to validate; - reads standard input.")
  private List<String> inputs = new ArrayList<>();

  ValidateCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    if (maxIssues < 1) {
      throw new ParameterException(
          spec.commandLine(), "--max-issues must be at least 1, not " + maxIssues);
    }
    Language language = common.language(environment.locale());
    PrintWriter err = spec.commandLine().getErr();
    ReportPrinter printer =
        new ReportPrinter(format, language, spec.commandLine().getOut(), inputs.size() > 1);
    int worst = ExitCodes.VALID;
    for (String input : inputs) {
      int code;
      try {
        ValidationReport report = validate(input, err);
        printer.report(input, report);
        code = report.isValid() ? ExitCodes.VALID : ExitCodes.INVALID;
      } catch (UnreadableInput e) {
        err.println("communitygov: " + e.message(language));
        err.flush();
        printer.failure(input, e.message(language));
        code = ExitCodes.NOT_CHECKED;
      }
      worst = Math.max(worst, code);
    }
    printer.finish();
    return worst;
  }

  private ValidationReport validate(String input, PrintWriter err) throws UnreadableInput {
    boolean stdin = "-".equals(input);
    ProgressMeter meter =
        progress || environment.interactive()
            ? new ProgressMeter(
                err,
                stdin ? "stdin" : input,
                environment.interactive(),
                progress,
                environment.nanoClock())
            : null;
    ExchangeValidator watched = meter == null ? validator() : validator().withProgress(meter);
    try {
      ValidationReport report =
          stdin ? watched.validate(environment.stdin()) : watched.validate(pathOf(input));
      if (meter != null) {
        meter.finish();
      }
      return report;
    } catch (IOException e) {
      throw new UnreadableInput(input, e);
    }
  }

  private static Path pathOf(String input) throws UnreadableInput {
    Path path;
    try {
      path = Path.of(input);
    } catch (InvalidPathException e) {
      throw new UnreadableInput(input, "read.badPath");
    }
    if (Files.isDirectory(path)) {
      throw new UnreadableInput(input, "read.directory");
    }
    return path;
  }

  /** The validator, built on first use: format detected from each file's name or content. */
  private ExchangeValidator validator() {
    if (validator == null) {
      validator =
          ExchangeValidator.builder()
              .mode(lenient ? ValidationMode.LENIENT : ValidationMode.STRICT)
              .maxIssues(maxIssues)
              .build();
    }
    return validator;
  }
}
