package org.communitygov.api.archfixture;

import picocli.CommandLine;

/** Uses picocli outside the command-line tool. */
public final class UsesPicocli {
  private UsesPicocli() {}

  static int run(Object command, String... args) {
    return new CommandLine(command).execute(args);
  }
}
