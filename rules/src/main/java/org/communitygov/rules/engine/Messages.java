package org.communitygov.rules.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The message bundles of the rules, the engine's and those of the {@link Catalogue}, in zh-CN and
 * English. Immutable.
 *
 * <p>All bundles share one namespace of keys ({@code step.<id>}, {@code label.<fact>}, {@code
 * outcome.<code>}): a fact's name means one thing in every rule, so its label may be defined in
 * several bundles, but only with one text. Two bundles that give one key different texts are
 * refused when the messages are loaded, naming the key and both bundles (ADR 0072): never the quiet
 * "first bundle wins".
 */
final class Messages {
  /** The engine's own bundle, searched first; then the bundles of the catalogue's rules. */
  private static final String ENGINE = "org.communitygov.rules.engine.messages";

  /** The messages of the shipped catalogue, loaded and checked once per language. */
  private static final class Shipped {
    static final Messages CHINESE = load(Locale.SIMPLIFIED_CHINESE, true);
    // Locale.ROOT for English: never falls back to the JVM's default locale.
    static final Messages ENGLISH = load(Locale.ROOT, false);
  }

  private final List<ResourceBundle> bundles;
  private final boolean chinese;

  private Messages(List<ResourceBundle> bundles, boolean chinese) {
    this.bundles = bundles;
    this.chinese = chinese;
  }

  /**
   * Chinese for a {@code zh} locale; English (the root bundles) for any other.
   *
   * @throws IllegalStateException if two bundles give one key different texts
   */
  static Messages of(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? Shipped.CHINESE : Shipped.ENGLISH;
  }

  private static Messages load(Locale bundleLocale, boolean chinese) {
    List<ResourceBundle> bundles = new ArrayList<>();
    bundles.add(ResourceBundle.getBundle(ENGINE, bundleLocale));
    bundles.addAll(Catalogue.shipped().bundles(bundleLocale));
    return of(bundles, chinese);
  }

  /**
   * The messages of bundles searched in order.
   *
   * @throws IllegalStateException if two bundles give one key different texts
   */
  static Messages of(List<ResourceBundle> bundles, boolean chinese) {
    Map<String, ResourceBundle> definedIn = new HashMap<>();
    for (ResourceBundle bundle : bundles) {
      for (String key : bundle.keySet()) {
        ResourceBundle first = definedIn.putIfAbsent(key, bundle);
        if (first != null && !first.getString(key).equals(bundle.getString(key))) {
          throw new IllegalStateException(
              "message key "
                  + key
                  + " has different texts in bundles "
                  + first.getBaseBundleName()
                  + " and "
                  + bundle.getBaseBundleName()
                  + ": give it one text, or use another key");
        }
      }
    }
    return new Messages(List.copyOf(bundles), chinese);
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
