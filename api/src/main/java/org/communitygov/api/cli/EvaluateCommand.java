package org.communitygov.api.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.communitygov.model.common.CommunityGovException;
import org.communitygov.model.common.Identifier;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.DecisionJson;
import org.communitygov.rules.engine.DecisionStatus;
import org.communitygov.rules.engine.ExplanationRenderer;
import org.communitygov.rules.engine.Facts;
import org.communitygov.rules.engine.Outcome;
import org.communitygov.rules.engine.ParameterSet;
import org.communitygov.rules.engine.Rule;
import org.communitygov.rules.engine.RuleContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code communitygov evaluate}: evaluates a rule on a file of facts and explains the decision. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Evaluates a rule on the facts in FILE (a JSON object, as a rule case's input) and prints"
          + " the decision with its explanation.",
      "Rules: mlg, near-mlg, extreme-poverty, priority-groups, elder-ability,"
          + " elder-ability-mzt039, barthel (or a rule id such as needs.mlg.eligibility)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the rule decided",
      "1:undetermined: facts are missing (they are named)",
      "2:usage error, unreadable input, invalid fact, missing parameter, or internal error"
    })
final class EvaluateCommand implements Callable<Integer> {
  private final CliEnvironment environment;

  @Spec private CommandSpec spec;

  @Mixin private CommonOptions common;

  @Parameters(index = "0", paramLabel = "RULE", description = "The rule, such as mlg.")
  private String ruleName = "";

  @Parameters(
      index = "1",
      paramLabel = "FILE",
      description = "The facts, a JSON object; - reads standard input.")
  private String input = "";

  @Option(
      names = "--date",
      required = true,
      paramLabel = "DATE",
      description = "The date of the decision (ISO, such as 2024-06-01; 1900-01-01 to 2199-12-31).")
  private String date = "";

  @Option(
      names = "--jurisdiction",
      required = true,
      paramLabel = "CODE",
      description = "Where the decision is made: a division code (such as 500103) or national.")
  private String jurisdiction = "";

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
      description =
          "A parameter file that adds or overrides values (such as a city's new standard);"
              + " repeatable, later files win.")
  private List<String> parameterFiles = new ArrayList<>();

  @Option(
      names = "--reveal",
      paramLabel = "CATEGORY",
      split = ",",
      description =
          "Show these sensitive facts instead of ***: ${COMPLETION-CANDIDATES}. Default: none.")
  private List<SensitiveCategory> reveal = new ArrayList<>();

  EvaluateCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    Rule<?, ?> rule =
        RuleCatalogue.find(ruleName)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        "unknown rule '" + ruleName + "'; rules: " + RuleCatalogue.names()));
    LocalDate on = PlaceAndDate.date(spec, date);
    var where = PlaceAndDate.jurisdiction(spec, jurisdiction);
    Language language = common.language(environment.locale());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      ParameterSet parameters = ParameterFiles.load(parameterFiles);
      Facts facts = FactsFile.read(input, environment.stdin());
      Decision<?> decision = evaluate(rule, facts, RuleContext.of(parameters, where, on));
      Set<SensitiveCategory> revealed =
          reveal.isEmpty() ? EnumSet.noneOf(SensitiveCategory.class) : EnumSet.copyOf(reveal);
      if (format == ReportFormat.JSON) {
        out.println(DecisionJson.write(decision, revealed));
      } else {
        out.print(
            ExplanationRenderer.of(language.locale())
                .revealing(revealed.toArray(SensitiveCategory[]::new))
                .render(decision));
        out.println();
      }
      out.flush();
      return decision.status() == DecisionStatus.DETERMINED
          ? ExitCodes.DECIDED
          : ExitCodes.UNDETERMINED;
    } catch (UnreadableInput e) {
      err.println("communitygov: " + e.message(language));
    } catch (CommunityGovException e) {
      // The rules' messages name facts, parameters, places and dates, never personal values; a
      // fact's name is the caller's and is masked like an identifier.
      err.println(
          "communitygov: "
              + CliMessages.format(
                  language,
                  "evaluate.failed",
                  Identifier.mask(e.code()),
                  Identifier.mask(e.getMessage())));
    }
    err.flush();
    return ExitCodes.NOT_CHECKED;
  }

  private static <I, O extends Outcome> Decision<O> evaluate(
      Rule<I, O> rule, Facts facts, RuleContext context) {
    return rule.evaluate(rule.input(facts), context);
  }
}
