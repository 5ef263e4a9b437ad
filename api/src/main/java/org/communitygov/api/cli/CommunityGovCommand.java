package org.communitygov.api.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code communitygov} command: help, version and its subcommands. A new subcommand (such as
 * {@code evaluate} or {@code parameters}) is a class in this package annotated with
 * {@code @Command}, taking {@code @Mixin CommonOptions}, listed in {@code subcommands} below.
 */
@Command(
    name = "communitygov",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    synopsisSubcommandLabel = "COMMAND",
    description = "Checks communitygov exchange documents and evaluates its rules.",
    subcommands = {
      ValidateCommand.class,
      EvaluateCommand.class,
      ParametersCommand.class,
      LedgerCommand.class,
      HsdsCommand.class,
      GapCommand.class,
      QualityCommand.class,
      EligibleCommand.class,
      VolunteerCommand.class,
      PointsCommand.class,
      FundsCommand.class,
      DiscloseCommand.class,
      LotteryReportCommand.class,
      HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success: every document is valid (warnings allowed), or the rule decided",
      "1:a document has errors, or the decision is undetermined (facts missing)",
      "2:usage error, unreadable input, or internal error"
    })
final class CommunityGovCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(), "a command is needed, such as: communitygov validate FILE");
  }
}
