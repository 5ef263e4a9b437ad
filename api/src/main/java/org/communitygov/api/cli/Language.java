package org.communitygov.api.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The languages of the text report: {@code zh-CN} and {@code en}. */
enum Language {
  /** Simplified Chinese. */
  ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE),
  /** English. */
  EN("en", Locale.ENGLISH);

  private final String tag;
  private final Locale locale;

  Language(String tag, Locale locale) {
    this.tag = tag;
    this.locale = locale;
  }

  Locale locale() {
    return locale;
  }

  /** Chinese if the default locale's language is Chinese, English otherwise. */
  static Language defaultFor(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? ZH_CN : EN;
  }

  @Override
  public String toString() {
    return tag;
  }

  /** Reads {@code zh-CN}, {@code zh} or {@code en}, in any case. */
  static final class Converter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      String tag = value.toLowerCase(Locale.ROOT).replace('_', '-');
      return switch (tag) {
        case "zh-cn", "zh", "zh-hans" -> ZH_CN;
        case "en" -> EN;
        default -> throw new TypeConversionException("expected zh-CN or en, not '" + value + "'");
      };
    }
  }

  /** The values shown in the help. */
  static final class Candidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> tags = Arrays.stream(values()).map(Language::toString).toList();
      return tags.iterator();
    }
  }
}
