package org.communitygov.rules.needs.extremepoverty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.communitygov.model.common.DivisionCode;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.household.Disability;
import org.communitygov.model.household.DisabilityCategory;
import org.communitygov.rules.engine.Confidence;
import org.communitygov.rules.engine.DatedValue;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.Facts;
import org.communitygov.rules.engine.Jurisdiction;
import org.communitygov.rules.engine.LegalReference;
import org.communitygov.rules.engine.LocalizedText;
import org.communitygov.rules.engine.ParameterSet;
import org.communitygov.rules.engine.RuleContext;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Disability codes such as {@code MENTAL:2} are read strictly wherever the rules read them. */
class DisabilityCodesTest {
  static final ExtremePovertyEligibility RULE = ExtremePovertyEligibility.rule();

  static Facts withDisability(String code) {
    return Facts.of(
        List.of(
            Fact.of("birthDate", "1984-06-01"),
            Fact.of("disability", code),
            Fact.of("noMeansOfLiving", "true"),
            Fact.of("noAbleSupporter", "true")));
  }

  @Nested
  class AsAnInputFact {
    @Test
    void isReadWhenItIsOneCategoryAndOneGrade() {
      assertThat(RULE.input(withDisability("MENTAL:2")).disability())
          .contains(Disability.of(DisabilityCategory.MENTAL, 2));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"MENTAL:2:3", "MENTAL:+2", "MENTAL:\u0662", "MENTAL:02", "mental:2"})
    void isRejectedWithTheFormatCodeOtherwise(String code) {
      assertThatThrownBy(() -> RULE.input(withDisability(code)))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.code()).isEqualTo("disability.format"));
    }
  }

  @Nested
  class InTheListOfQualifyingDisabilities {
    RuleContext contextWithList(String list) {
      ParameterSet parameters =
          ParameterSet.defaults()
              .withValue(
                  ExtremePovertyParameters.QUALIFYING_DISABILITIES,
                  Jurisdiction.national(),
                  DatedValue.of(
                      list,
                      LocalDate.of(2024, 1, 1),
                      LegalReference.of(LocalizedText.of("测试", "test")),
                      Confidence.CONFIRMED));
      return RuleContext.of(
          parameters, Jurisdiction.of(DivisionCode.parse("500103")), LocalDate.of(2024, 6, 1));
    }

    @Test
    void decidesWithEntriesOfOneGrade() {
      var input = RULE.input(withDisability("MENTAL:2"));
      assertThat(RULE.evaluate(input, contextWithList("INTELLECTUAL:2, MENTAL:2")).outcome())
          .isPresent();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"MENTAL:2:3", "MENTAL:+2", "MENTAL:\u0662", "INTELLECTUAL:2,MENTAL"})
    void isRejectedWithTheParameterCodeOtherwise(String list) {
      var input = RULE.input(withDisability("MENTAL:2"));
      RuleContext context = contextWithList(list);
      assertThatThrownBy(() -> RULE.evaluate(input, context))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.code()).isEqualTo("extremePoverty.qualifyingDisabilities.code"));
    }
  }
}
