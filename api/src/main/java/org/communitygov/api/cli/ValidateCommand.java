package org.communitygov.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.communitygov.api.exchange.ExchangeValidator;
import org.communitygov.api.exchange.ValidationMode;
import org.communitygov.api.exchange.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
  static final int MAX_THREADS = 256;

  private final CliEnvironment environment;

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
  private String maxIssues = "1000";

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Check the records of an NDJSON document on N threads (1 to "
              + MAX_THREADS
              + "); the report is the same. Default: 1.")
  private String threads = "1";

  @Option(
      names = "--progress",
      description =
          "Show progress on standard error, with the share done and the time left for a file"
              + " (shown anyway for long inputs on a terminal).")
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
    int issueCap = PlaceAndDate.count(spec, "--max-issues", maxIssues, 1, Integer.MAX_VALUE);
    int threadCount = PlaceAndDate.count(spec, "--threads", threads, 1, MAX_THREADS);
    ExchangeValidator validator =
        ExchangeValidator.builder()
            .mode(lenient ? ValidationMode.LENIENT : ValidationMode.STRICT)
            .maxIssues(issueCap)
            .threads(threadCount)
            .build();
    Language language = common.language(environment.locale());
    PrintWriter err = spec.commandLine().getErr();
    ReportPrinter printer =
        new ReportPrinter(format, language, spec.commandLine().getOut(), inputs.size() > 1);
    int worst = ExitCodes.VALID;
    for (String input : inputs) {
      int code;
      try {
        ValidationReport report = validate(validator, input, err);
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

  private ValidationReport validate(ExchangeValidator validator, String input, PrintWriter err)
      throws UnreadableInput {
    boolean stdin = "-".equals(input);
    ProgressMeter meter =
        progress || environment.interactive()
            ? new ProgressMeter(
                err,
                stdin ? "stdin" : input,
                environment.interactive(),
                progress,
                environment.nanoClock(),
                stdin ? OptionalLong.empty() : sizeOf(input))
            : null;
    ExchangeValidator watched = meter == null ? validator : validator.withProgress(meter);
    try {
      ValidationReport report =
          stdin ? watched.validate(environment.stdin()) : watched.validate(InputFiles.path(input));
      if (meter != null) {
        meter.finish();
      }
      return report;
    } catch (IOException e) {
      throw new UnreadableInput(input, e);
    }
  }

  /** The size of a regular file, if it can be known. */
  private static OptionalLong sizeOf(String input) {
    try {
      Path path = Path.of(input);
      return Files.isRegularFile(path) ? OptionalLong.of(Files.size(path)) : OptionalLong.empty();
    } catch (InvalidPathException | IOException e) {
      return OptionalLong.empty();
    }
  }
}
