package org.communitygov.api.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.communitygov.model.common.CommunityGovException;
import org.communitygov.model.common.InvalidValueException;

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

  /**
   * A file that is not what it should be, named in one line by its code and place only, not by
   * Jackson's message (several lines, the model's internal class names, and with a user's own
   * mapper the value it met, which may be a person's data).
   */
  static CommunityGovException notValid(String file, String what, JacksonException e) {
    String code =
        e.getCause() instanceof InvalidValueException invalid ? invalid.code() : "read.json";
    JsonLocation at = e.getLocation();
    String place =
        at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    return new CommunityGovException(code, file + place + ": not a valid " + what);
  }
}
