package org.communitygov.api.cli;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** An input that could not be read: reported in one line, never with a stack trace. */
final class UnreadableInput extends Exception {
  private static final long serialVersionUID = 1L;

  private final String input;
  private final @Nullable String reasonKey;

  UnreadableInput(String input, IOException cause) {
    super(cause);
    this.input = input;
    this.reasonKey = null;
  }

  UnreadableInput(String input, String reasonKey) {
    super(reasonKey);
    this.input = input;
    this.reasonKey = reasonKey;
  }

  /** Returns the message, such as {@code cannot read x.json: no such file}. */
  String message(Language language) {
    return reasonKey != null
        ? ReadFailure.message(language, input, reasonKey)
        : ReadFailure.message(language, input, (IOException) getCause());
  }
}
