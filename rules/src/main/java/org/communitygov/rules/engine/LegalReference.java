package org.communitygov.rules.engine;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The source of a parameter value or a rule: a document, optionally an article and a web address.
 *
 * <p>For example 《社会救助暂行办法》第九条 / Interim Measures on Social Assistance art. 9.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class LegalReference {
  private final LocalizedText document;
  private final LocalizedText article;
  private final String url;

  private LegalReference(LocalizedText document, LocalizedText article, String url) {
    this.document = document;
    this.article = article;
    this.url = url;
  }

  /**
   * Obtains a reference to a whole document.
   *
   * @param document the document's title, without book-title marks, not null
   * @return the reference, not null
   * @throws NullPointerException if {@code document} is null
   */
  public static LegalReference of(LocalizedText document) {
    return new LegalReference(Objects.requireNonNull(document, "document"), null, null);
  }

  /**
   * Returns a copy that cites an article of the document, such as 第九条 / art. 9.
   *
   * @param article the article, not null
   * @return the reference, not null
   */
  public LegalReference withArticle(LocalizedText article) {
    return new LegalReference(document, Objects.requireNonNull(article, "article"), url);
  }

  /**
   * Returns a copy with the web address where the text was read.
   *
   * @param url the address, not blank, not null
   * @return the reference, not null
   * @throws IllegalArgumentException if {@code url} is blank
   */
  public LegalReference withUrl(String url) {
    if (Objects.requireNonNull(url, "url").isBlank()) {
      throw new IllegalArgumentException("url must not be blank");
    }
    return new LegalReference(document, article, url);
  }

  /**
   * Returns the document's title.
   *
   * @return the title, not null
   */
  public LocalizedText document() {
    return document;
  }

  /**
   * Returns the article cited, if any.
   *
   * @return the article, not null
   */
  public Optional<LocalizedText> article() {
    return Optional.ofNullable(article);
  }

  /**
   * Returns the web address where the text was read, if any.
   *
   * @return the address, not null
   */
  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  /**
   * Renders the citation: 《社会救助暂行办法》第九条 in Chinese, {@code Interim Measures on Social Assistance
   * art. 9} otherwise.
   *
   * @param locale the locale, not null
   * @return the citation, not null
   */
  public String render(Locale locale) {
    boolean zh = "zh".equals(locale.getLanguage());
    String title = zh ? "《" + document.zh() + "》" : document.en();
    if (article == null) {
      return title;
    }
    return zh ? title + article.zh() : title + " " + article.en();
  }

  /**
   * Returns the canonical text used in fingerprints: document zh and en, article zh and en, web
   * address, in this order, each with {@code \\} and {@code |} escaped by a backslash, joined by
   * {@code |}; an absent article or address is an empty field (neither can be blank when present).
   *
   * @return the text, not null
   */
  String canonical() {
    return Fingerprint.line(
        document.zh(),
        document.en(),
        article == null ? "" : article.zh(),
        article == null ? "" : article.en(),
        url == null ? "" : url);
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this
        || (obj instanceof LegalReference other
            && other.document.equals(document)
            && Objects.equals(other.article, article)
            && Objects.equals(other.url, url));
  }

  @Override
  public int hashCode() {
    return Objects.hash(document, article, url);
  }

  /**
   * Returns the English citation.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return render(Locale.ENGLISH);
  }
}
