package org.communitygov.api.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** The input files of the commands: a name given on the command line as a path to read. */
final class InputFiles {
  private InputFiles() {}

  /**
   * The path of an input, which must be a valid path and not a directory.
   *
   * @throws UnreadableInput if it is not
   */
  static Path path(String input) throws UnreadableInput {
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
}
