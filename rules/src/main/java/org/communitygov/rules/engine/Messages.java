package org.communitygov.rules.engine;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/** The message bundles of the rules, one per rules package, in zh-CN and English. Immutable. */
final class Messages {
  /** The bundles, searched in order. A new rules package adds its bundle here. */
  static final List<String> BUNDLES =
      List.of("org.communitygov.rules.engine.messages", "org.communitygov.rules.needs.messages");

  private final List<ResourceBundle> bundles;
  private final boolean chinese;

  private Messages(List<ResourceBundle> bundles, boolean chinese) {
    this.bundles = bundles;
    this.chinese = chinese;
  }

  /** Chinese for a {@code zh} locale; English (the root bundles) for any other. */
  static Messages of(Locale locale) {
    boolean zh = "zh".equals(locale.getLanguage());
    // Locale.ROOT for English: never falls back to the JVM's default locale.
    Locale bundleLocale = zh ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
    return new Messages(
        BUNDLES.stream().map(b -> ResourceBundle.getBundle(b, bundleLocale)).toList(), zh);
  }

  boolean chinese() {
    return chinese;
  }

  Optional<String> find(String key) {
    for (ResourceBundle bundle : bundles) {
      if (bundle.containsKey(key)) {
        return Optional.of(bundle.getString(key));
      }
    }
    return Optional.empty();
  }

  String get(String key) {
    return find(key).orElse(key);
  }
}
