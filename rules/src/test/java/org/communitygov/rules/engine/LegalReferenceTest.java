package org.communitygov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LegalReferenceTest {
  static final LocalizedText MEASURES =
      LocalizedText.of("社会救助暂行办法", "Interim Measures on Social Assistance");
  static final LocalizedText ART_9 = LocalizedText.of("第九条", "art. 9");

  @Nested
  class Rendering {
    @Test
    void citesTheDocumentAndArticleInEachLanguage() {
      LegalReference r = LegalReference.of(MEASURES).withArticle(ART_9);
      assertThat(r.render(Locale.CHINA)).isEqualTo("《社会救助暂行办法》第九条");
      assertThat(r.render(Locale.ENGLISH))
          .isEqualTo("Interim Measures on Social Assistance art. 9");
      assertThat(r).hasToString("Interim Measures on Social Assistance art. 9");
    }

    @Test
    void citesAWholeDocumentByItsTitle() {
      LegalReference r = LegalReference.of(MEASURES);
      assertThat(r.render(Locale.SIMPLIFIED_CHINESE)).isEqualTo("《社会救助暂行办法》");
      assertThat(r.render(Locale.FRENCH)).isEqualTo("Interim Measures on Social Assistance");
    }
  }

  @Nested
  class Parts {
    @Test
    void keepsDocumentArticleAndAddress() {
      LegalReference r = LegalReference.of(MEASURES).withArticle(ART_9).withUrl("gov.cn");
      assertThat(r.document()).isEqualTo(MEASURES);
      assertThat(r.article()).contains(ART_9);
      assertThat(r.url()).contains("gov.cn");
      assertThat(LegalReference.of(MEASURES).article()).isEmpty();
      assertThat(LegalReference.of(MEASURES).url()).isEmpty();
    }

    @Test
    void rejectsNulls() {
      assertThatThrownBy(() -> LegalReference.of(null)).hasMessage("document");
      assertThatThrownBy(() -> LegalReference.of(MEASURES).withArticle(null)).hasMessage("article");
      assertThatThrownBy(() -> LegalReference.of(MEASURES).withUrl(null)).hasMessage("url");
    }

    @Test
    void isEqualWhenEveryPartIs() {
      LegalReference r = LegalReference.of(MEASURES).withArticle(ART_9).withUrl("gov.cn");
      assertThat(r)
          .isEqualTo(LegalReference.of(MEASURES).withArticle(ART_9).withUrl("gov.cn"))
          .hasSameHashCodeAs(LegalReference.of(MEASURES).withArticle(ART_9).withUrl("gov.cn"))
          .isNotEqualTo(LegalReference.of(MEASURES).withArticle(ART_9))
          .isNotEqualTo(LegalReference.of(MEASURES).withUrl("gov.cn"))
          .isNotEqualTo(LegalReference.of(ART_9).withArticle(ART_9).withUrl("gov.cn"))
          .isNotEqualTo(null);
    }
  }

  @Nested
  class DatedValues {
    @Test
    void carryValueDateReferenceConfidenceAndNote() {
      LegalReference r = LegalReference.of(MEASURES);
      DatedValue<Integer> v = DatedValue.of(16, LocalDate.of(2016, 1, 1), r, Confidence.CONFIRMED);
      assertThat(v.value()).isEqualTo(16);
      assertThat(v.effectiveFrom()).isEqualTo(LocalDate.of(2016, 1, 1));
      assertThat(v.reference()).isSameAs(r);
      assertThat(v.confidence()).isEqualTo(Confidence.CONFIRMED);
      assertThat(v.note()).isEmpty();
      assertThat(v.withNote("n").note()).contains("n");
      assertThat(v).hasToString("16 from 2016-01-01 [CONFIRMED]");
    }

    @Test
    void areEqualWhenEveryPartIs() {
      LegalReference r = LegalReference.of(MEASURES);
      LocalDate d = LocalDate.of(2016, 1, 1);
      DatedValue<Integer> v = DatedValue.of(16, d, r, Confidence.CONFIRMED);
      assertThat(v)
          .isEqualTo(DatedValue.of(16, d, r, Confidence.CONFIRMED))
          .hasSameHashCodeAs(DatedValue.of(16, d, r, Confidence.CONFIRMED))
          .isNotEqualTo(DatedValue.of(18, d, r, Confidence.CONFIRMED))
          .isNotEqualTo(DatedValue.of(16, d.plusDays(1), r, Confidence.CONFIRMED))
          .isNotEqualTo(DatedValue.of(16, d, r.withArticle(ART_9), Confidence.CONFIRMED))
          .isNotEqualTo(DatedValue.of(16, d, r, Confidence.UNCONFIRMED))
          .isNotEqualTo(v.withNote("n"))
          .isNotEqualTo("16");
      assertThatThrownBy(() -> v.withNote(null)).hasMessage("note");
      assertThatThrownBy(() -> DatedValue.of(null, d, r, Confidence.CONFIRMED)).hasMessage("value");
    }
  }

  @Nested
  class Texts {
    @Test
    void areChosenByLanguage() {
      assertThat(ART_9.in(Locale.CHINA)).isEqualTo("第九条");
      assertThat(ART_9.in(Locale.TRADITIONAL_CHINESE)).isEqualTo("第九条");
      assertThat(ART_9.in(Locale.GERMAN)).isEqualTo("art. 9");
      assertThat(ART_9).hasToString("第九条 / art. 9");
    }

    @Test
    void areEqualWhenBothLanguagesAre() {
      assertThat(ART_9)
          .isEqualTo(LocalizedText.of("第九条", "art. 9"))
          .hasSameHashCodeAs(LocalizedText.of("第九条", "art. 9"))
          .isNotEqualTo(LocalizedText.of("第十条", "art. 9"))
          .isNotEqualTo(LocalizedText.of("第九条", "art. 10"))
          .isNotEqualTo("第九条");
    }

    @Test
    void mayNotBeBlankOrNull() {
      assertThatThrownBy(() -> LocalizedText.of(" ", "x"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> LocalizedText.of("x", ""))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> LocalizedText.of(null, "x")).hasMessage("zh");
      assertThatThrownBy(() -> LocalizedText.of("x", null)).hasMessage("en");
    }
  }
}
