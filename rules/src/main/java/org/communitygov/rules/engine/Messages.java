package org.communitygov.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The message bundles of the rules, the engine's and those of the {@link Catalogue}, in zh-CN and
 * English. Immutable.
 */
final class Messages {
  /** The engine's own bundle, searched first; then the bundles of the catalogue's rules. */
  private static final String ENGINE = "org.communitygov.rules.engine.messages";

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
    List<ResourceBundle> bundles = new ArrayList<>();
    bundles.add(ResourceBundle.getBundle(ENGINE, bundleLocale));
    bundles.addAll(Catalogue.shipped().bundles(bundleLocale));
    return new Messages(List.copyOf(bundles), zh);
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
