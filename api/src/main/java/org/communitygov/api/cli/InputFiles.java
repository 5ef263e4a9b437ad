package org.communitygov.api.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
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

  /**
   * The bytes of an input file.
   *
   * @throws UnreadableInput if it is not a readable file
   */
  static byte[] bytes(String input) throws UnreadableInput {
    Path path = path(input);
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UnreadableInput(input, e);
    }
  }

  /**
   * The text of an input file, which must be UTF-8.
   *
   * @throws UnreadableInput if it is not a readable file or not UTF-8
   */
  static String text(String input) throws UnreadableInput {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes(input))).toString();
    } catch (CharacterCodingException e) {
      throw new UnreadableInput(input, e);
    }
  }
}
