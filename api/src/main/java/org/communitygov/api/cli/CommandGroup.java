package org.communitygov.api.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that only groups its subcommands ({@code ledger}, {@code volunteer}, {@code points}):
 * {@code --help} and {@code --version}, the heading of its exit codes, and, called without a
 * subcommand, its usage on standard error and exit code 2. A group adds its name, description,
 * subcommands and exit codes with its own {@code @Command}; picocli takes the attributes here for
 * those it does not set.
 */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    exitCodeListHeading = "%nExit codes:%n")
abstract class CommandGroup implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public final Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.NOT_CHECKED;
  }
}
