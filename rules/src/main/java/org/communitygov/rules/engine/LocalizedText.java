package org.communitygov.rules.engine;

import java.util.Locale;
import java.util.Objects;

/**
 * A short text in Chinese (zh-CN) and English, such as a parameter's label or a document's title.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class LocalizedText {
  private final String zh;
  private final String en;

  private LocalizedText(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /**
   * Obtains the text in both languages.
   *
   * @param zh the Chinese text, not blank, not null
   * @param en the English text, not blank, not null
   * @return the text, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an argument is blank
   */
  public static LocalizedText of(String zh, String en) {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
    if (zh.isBlank() || en.isBlank()) {
      throw new IllegalArgumentException("zh and en must not be blank");
    }
    return new LocalizedText(zh, en);
  }

  /**
   * Returns the Chinese text.
   *
   * @return the text, not null
   */
  public String zh() {
    return zh;
  }

  /**
   * Returns the English text.
   *
   * @return the text, not null
   */
  public String en() {
    return en;
  }

  /**
   * Returns the text for a locale: Chinese for any {@code zh} locale, English otherwise.
   *
   * @param locale the locale, not null
   * @return the text, not null
   */
  public String in(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? zh : en;
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this
        || (obj instanceof LocalizedText other && other.zh.equals(zh) && other.en.equals(en));
  }

  @Override
  public int hashCode() {
    return zh.hashCode() * 31 + en.hashCode();
  }

  /**
   * Returns {@code zh / en}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return zh + " / " + en;
  }
}
