package org.communitygov.api.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Why an input could not be read, as the key of a short message: never a stack trace. */
final class ReadFailure {
  private ReadFailure() {}

  /**
   * Returns the one-line message for an input that could not be read.
   *
   * @param language the language, not null
   * @param input the input's name as given, not null
   * @param reasonKey the key of the reason, such as {@code read.noSuchFile}, not null
   * @return the message, without the {@code communitygov: } prefix, not null
   */
  static String message(Language language, String input, String reasonKey) {
    return CliMessages.format(
        language, "read.failed", input, CliMessages.format(language, reasonKey));
  }

  /**
   * Returns the one-line message for an input whose reading failed.
   *
   * @param language the language, not null
   * @param input the input's name as given, not null
   * @param failure the failure, not null
   * @return the message, without the {@code communitygov: } prefix, not null
   */
  static String message(Language language, String input, IOException failure) {
    if (failure instanceof NoSuchFileException) {
      return message(language, input, "read.noSuchFile");
    } else if (failure instanceof AccessDeniedException) {
      return message(language, input, "read.denied");
    } else if (failure instanceof CharacterCodingException) {
      return message(language, input, "read.encoding");
    }
    // Never the exception's message: the JDK's may quote what it read.
    return CliMessages.format(language, "read.failed", input, failure.getClass().getName());
  }
}
