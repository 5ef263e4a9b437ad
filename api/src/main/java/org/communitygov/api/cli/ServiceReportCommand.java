package org.communitygov.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.communitygov.model.common.CommunityGovException;
import org.communitygov.model.common.Identifier;
import org.communitygov.rules.engine.Jurisdiction;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.service.shared.ReportPeriod;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What {@code gap} and {@code quality} share: the input files, the period, where the thresholds
 * apply, the format and where the table goes; a bad record is exit 1 with its place and code, an
 * unreadable file or a usage error exit 2, never a stack trace.
 */
abstract class ServiceReportCommand implements Callable<Integer> {
  /** The formats of a table. */
  enum TableFormat {
    TEXT,
    JSON,
    CSV
  }

  @Spec CommandSpec spec;

  private final CliEnvironment environment;

  ServiceReportCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Mixin CommonOptions common;

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description =
          "Services (a catalogue, or a SERVICES envelope or NDJSON), communities, requests, orders,"
              + " deliveries and feedback: envelopes (.json) or NDJSON (.ndjson), in any order.")
  List<String> files = new ArrayList<>();

  @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day.")
  String from = "";

  @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day.")
  String to = "";

  @Option(
      names = "--jurisdiction",
      paramLabel = "CODE",
      description = "Where the thresholds apply: a division code or national (default).")
  String jurisdiction = "national";

  @Option(
      names = "--parameters",
      paramLabel = "FILE",
      description = "A parameter file laid over the shipped thresholds; repeatable.")
  List<String> parameterFiles = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json or csv.")
  String format = "text";

  @Option(names = "--output", paramLabel = "FILE", description = "Write the table here.")
  @Nullable String output;

  /** Reads the inputs and writes the table. */
  abstract void run(
      List<ServiceInputs.Input> inputs,
      RuleContext context,
      ReportPeriod period,
      TableFormat format,
      Locale locale,
      PrintWriter out)
      throws IOException, ServiceInputs.BadRecord;

  @Override
  public Integer call() {
    LocalDate first = PlaceAndDate.date(spec, from);
    LocalDate last = PlaceAndDate.date(spec, to);
    Jurisdiction where = PlaceAndDate.jurisdiction(spec, jurisdiction);
    TableFormat table = tableFormat();
    Language language = common.language(environment.locale());
    PrintWriter err = spec.commandLine().getErr();
    if (last.isBefore(first)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--to must not be before --from");
    }
    try {
      RuleContext context = RuleContext.of(ParameterFiles.load(parameterFiles), where, last);
      StringWriter text = new StringWriter();
      PrintWriter out = new PrintWriter(text);
      run(
          ServiceInputs.inputs(files),
          context,
          ReportPeriod.of(first, last),
          table,
          language.locale(),
          out);
      out.flush();
      print(spec, output, text.toString());
      return ExitCodes.VALID;
    } catch (ServiceInputs.BadRecord e) {
      err.println("communitygov: " + e.getMessage());
      err.flush();
      return ExitCodes.INVALID;
    } catch (UnreadableInput e) {
      err.println("communitygov: " + e.message(language));
    } catch (NoSuchFileException e) {
      err.println("communitygov: cannot read " + e.getFile() + ": no such file");
    } catch (IOException e) {
      err.println("communitygov: cannot read: " + e.getMessage());
    } catch (CommunityGovException e) {
      err.println(
          "communitygov: " + Identifier.mask(e.code()) + ": " + Identifier.mask(e.getMessage()));
    }
    err.flush();
    return ExitCodes.NOT_CHECKED;
  }

  /** Prints a command's result to standard output, or writes it to {@code output} if given. */
  static void print(CommandSpec spec, @Nullable String output, String text) throws IOException {
    if (output == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      Files.writeString(Path.of(output), text, StandardCharsets.UTF_8);
    }
  }

  private TableFormat tableFormat() {
    try {
      return TableFormat.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--format must be text, json or csv, not '" + format + "'");
    }
  }
}
