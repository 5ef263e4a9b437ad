package org.communitygov.api.exchange;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.ResourceBundle;

/** The localized messages of issue codes, from the {@code messages_*.properties} bundles. */
final class Messages {
  private static final String BUNDLE = "org.communitygov.api.exchange.messages";

  private Messages() {}

  static ResourceBundle bundle(Locale locale) {
    Locale chosen = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    // No ResourceBundle.Control: a named module may not pass one. Both bundles exist, so the JVM's
    // default locale is never fallen back to.
    return ResourceBundle.getBundle(BUNDLE, chosen);
  }

  static String format(Locale locale, String code, Collection<String> arguments) {
    ResourceBundle bundle = bundle(locale);
    String pattern = pattern(bundle, code);
    return new MessageFormat(pattern, locale).format(arguments.toArray());
  }

  /**
   * The pattern of a code; else of its nearest family ({@code value.citizenId.*}, then {@code
   * value.*}); else the generic one.
   */
  static String pattern(ResourceBundle bundle, String code) {
    if (bundle.containsKey(code)) {
      return bundle.getString(code);
    }
    for (int dot = code.lastIndexOf('.'); dot > 0; dot = code.lastIndexOf('.', dot - 1)) {
      String family = code.substring(0, dot) + ".*";
      if (bundle.containsKey(family)) {
        return bundle.getString(family);
      }
    }
    return bundle.getString("fallback");
  }
}
