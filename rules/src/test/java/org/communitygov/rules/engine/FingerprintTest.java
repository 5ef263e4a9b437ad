package org.communitygov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.communitygov.model.common.DivisionCode;
import org.communitygov.model.common.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FingerprintTest {
  static String sha256Of(String encoding) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(encoding.getBytes(StandardCharsets.UTF_8)));
  }

  /** A record of the income test made with the standard's value under another reference. */
  static DecisionRecord recordWith(LegalReference reference) {
    ParameterSet parameters =
        ParameterSet.defaults()
            .withValue(
                IncomeTestRule.URBAN,
                Jurisdiction.of(DivisionCode.parse("500000")),
                DatedValue.of(
                    Money.parse("735.00 CNY"),
                    LocalDate.of(2023, 9, 1),
                    reference,
                    Confidence.CONFIRMED));
    RuleContext context =
        RuleContext.of(
            parameters,
            DecisionRecordTest.CONTEXT.jurisdiction(),
            DecisionRecordTest.CONTEXT.date());
    IncomeTestRule rule = DecisionRecordTest.RULE;
    Optional<BigDecimal> income = DecisionRecordTest.INCOME;
    return DecisionRecord.of(rule, income, context, rule.evaluate(income, context));
  }

  static LocalizedText text(String zh, String en) {
    return LocalizedText.of(zh, en);
  }

  @Nested
  class TwoReferencesThatJoinedTheSameTextBefore {
    @Test
    void aBarMovedFromTheChineseTitleToTheEnglishOneGiveDifferentFingerprints() {
      // Joined by an unescaped "|", both read "救助|办法|Measures||".
      DecisionRecord one = recordWith(LegalReference.of(text("救助|办法", "Measures")));
      DecisionRecord other = recordWith(LegalReference.of(text("救助", "办法|Measures")));
      assertThat(one.parameters()).isNotEqualTo(other.parameters());
      assertThat(one.parametersFingerprint()).isNotEqualTo(other.parametersFingerprint());
    }

    @Test
    void aBarMovedBetweenTitleAndArticleGiveDifferentFingerprints() {
      // Both read "D|E|F|G|H|" when joined unescaped.
      DecisionRecord one =
          recordWith(LegalReference.of(text("D", "E|F")).withArticle(text("G", "H")));
      DecisionRecord other =
          recordWith(LegalReference.of(text("D", "E")).withArticle(text("F", "G|H")));
      assertThat(one.parametersFingerprint()).isNotEqualTo(other.parametersFingerprint());
    }

    @Test
    void anArticleAndAnAddressThatHoldTheSameTextGiveDifferentFingerprints() {
      DecisionRecord one =
          recordWith(LegalReference.of(text("D", "E")).withArticle(text("x", "y")));
      DecisionRecord other = recordWith(LegalReference.of(text("D", "E")).withUrl("x|y"));
      assertThat(one.parametersFingerprint()).isNotEqualTo(other.parametersFingerprint());
    }

    @Test
    void areReportedAsChangedWhenReproduced() {
      DecisionRecord one = recordWith(LegalReference.of(text("救助|办法", "Measures")));
      ParameterSet other =
          ParameterSet.defaults()
              .withValue(
                  IncomeTestRule.URBAN,
                  Jurisdiction.of(DivisionCode.parse("500000")),
                  DatedValue.of(
                      Money.parse("735.00 CNY"),
                      LocalDate.of(2023, 9, 1),
                      LegalReference.of(text("救助", "办法|Measures")),
                      Confidence.CONFIRMED));
      Reproduction<IncomeTestRule.Result> again = one.reproduce(DecisionRecordTest.RULE, other);
      assertThat(again.fingerprintMatches()).isFalse();
      assertThat(again.isExact()).isFalse();
    }
  }

  @Nested
  class ParameterLines {
    @Test
    void escapeBackslashesAndBarsInEachField() {
      assertThat(Fingerprint.line("a|b", "c\\", "")).isEqualTo("a\\|b|c\\\\|");
    }

    @Test
    void haveTwelveFieldsWithOrWithoutArticleAndAddress() {
      String line = DecisionRecordTest.record().parameters().get(0);
      assertThat(line.split("(?<!\\\\)\\|", -1)).hasSize(12);
      String bare = recordWith(LegalReference.of(text("D", "E"))).parameters().get(0);
      assertThat(bare).endsWith("|D|E|||");
      assertThat(bare.split("(?<!\\\\)\\|", -1)).hasSize(12);
    }

    @Test
    void refuseABlankAddress() {
      LegalReference reference = LegalReference.of(text("D", "E"));
      assertThatThrownBy(() -> reference.withUrl(" ")).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Encoding {
    @Test
    void writesATextAsItsUtf8LengthAColonAndItsBytes() throws Exception {
      assertThat(Fingerprint.sha256("abc")).isEqualTo(sha256Of("3:abc"));
      assertThat(Fingerprint.sha256("低保")).isEqualTo(sha256Of("6:低保"));
    }

    @Test
    void writesAnAbsentValueAsAHyphenAndAListInParentheses() throws Exception {
      assertThat(Fingerprint.sha256(List.of("a", Optional.empty(), List.of(), Optional.of("b"))))
          .isEqualTo(sha256Of("(1:a-()1:b)"));
    }

    @Test
    void tellsAnEmptyTextFromAnAbsentOneAndFromAnEmptyList() {
      assertThat(Fingerprint.sha256(""))
          .isNotEqualTo(Fingerprint.sha256(Optional.empty()))
          .isNotEqualTo(Fingerprint.sha256(List.of()));
    }

    @Test
    void refusesAValueItCannotEncode() {
      assertThatThrownBy(() -> Fingerprint.sha256(1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Integer");
    }

    @Test
    void fingerprintsLinesInAnyOrderAlikeButNotLinesThatHoldALineFeed() {
      assertThat(Fingerprint.of(List.of("x", "y"))).isEqualTo(Fingerprint.of(List.of("y", "x")));
      assertThat(Fingerprint.of(List.of("a\nb"))).isNotEqualTo(Fingerprint.of(List.of("a", "b")));
      assertThat(Fingerprint.of(List.of())).isNotEqualTo(Fingerprint.of(List.of("")));
    }
  }
}
