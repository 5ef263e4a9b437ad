package org.communitygov.api.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.communitygov.model.common.CommunityGovException;
import org.communitygov.rules.engine.Jurisdiction;
import org.communitygov.rules.engine.ParameterSet;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code communitygov parameters}: lists the parameters with their values, legal references and
 * confidence; for a place, the values that apply there (its own, its parents', the national); on a
 * date, the value in force; for both, the value a rule would use.
 */
@Command(
    name = "parameters",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Lists the rules' parameters with their values, legal references and confidence.",
      "With --jurisdiction, the values that apply there (falling back to parent divisions and"
          + " the national value); with --date, the values in force on that date."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:listed", "2:usage error, unreadable parameter file, or internal error"})
final class ParametersCommand implements Callable<Integer> {
  private final CliEnvironment environment;

  @Spec private CommandSpec spec;

  @Mixin private CommonOptions common;

  @Option(
      names = "--jurisdiction",
      paramLabel = "CODE",
      description = "Only the values that apply in this division (or national).")
  private @Nullable String jurisdiction;

  @Option(
      names = "--date",
      paramLabel = "DATE",
      description = "Only the values in force then (1900-01-01 to 2199-12-31).")
  private @Nullable String date;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = ReportFormat.Converter.class,
      completionCandidates = ReportFormat.Candidates.class,
      description = "Output: ${COMPLETION-CANDIDATES}. Default: text.")
  private ReportFormat format = ReportFormat.TEXT;

  @Option(
      names = "--parameters",
      paramLabel = "FILE",
      description = "A parameter file laid over the shipped ones; repeatable.")
  private List<String> parameterFiles = new ArrayList<>();

  @Option(names = "--id", paramLabel = "PREFIX", description = "Only ids starting with PREFIX.")
  private String prefix = "";

  ParametersCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    Optional<Jurisdiction> where =
        Optional.ofNullable(jurisdiction).map(j -> PlaceAndDate.jurisdiction(spec, j));
    Optional<LocalDate> on = Optional.ofNullable(date).map(d -> PlaceAndDate.date(spec, d));
    Language language = common.language(environment.locale());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      ParameterSet parameters = ParameterFiles.load(parameterFiles);
      List<ParameterListing.Entry> entries = ParameterListing.select(parameters, prefix, where, on);
      if (format == ReportFormat.JSON) {
        out.println(ParameterListing.json(entries));
      } else {
        out.print(ParameterListing.text(entries, language));
      }
      out.flush();
      return ExitCodes.DECIDED;
    } catch (UnreadableInput e) {
      err.println("communitygov: " + e.message(language));
    } catch (CommunityGovException e) {
      err.println("communitygov: " + e.code() + ": " + e.getMessage());
    }
    err.flush();
    return ExitCodes.NOT_CHECKED;
  }
}
