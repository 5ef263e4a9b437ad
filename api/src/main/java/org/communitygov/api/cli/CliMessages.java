package org.communitygov.api.cli;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The command-line tool's own messages, in the report's language. */
final class CliMessages {
  private static final String BUNDLE = "org.communitygov.api.cli.messages";
  // English is the base bundle: without this, English would fall back to a Chinese default locale.
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private CliMessages() {}

  /**
   * Formats a message.
   *
   * @param language the language, not null
   * @param key the message key, not null
   * @param arguments the arguments of the pattern
   * @return the message, not null
   */
  static String format(Language language, String key, Object... arguments) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE, language.locale(), CliMessages.class.getClassLoader(), NO_FALLBACK);
    return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
  }
}
