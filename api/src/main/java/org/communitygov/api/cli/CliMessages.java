package org.communitygov.api.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command-line tool's own messages, in the report's language. */
final class CliMessages {
  private static final String BUNDLE = "org.communitygov.api.cli.messages";

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
    // English is the base bundle, asked for as Locale.ROOT: asked for as English it would fall back
    // to a Chinese default locale. No ResourceBundle.Control: a named module may not pass one.
    Locale bundleLocale = language == Language.EN ? Locale.ROOT : language.locale();
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, bundleLocale);
    return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
  }
}
