package org.communitygov.rules.needs.barthel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.rules.engine.Confidence;
import org.communitygov.rules.engine.Jurisdiction;
import org.communitygov.rules.engine.ParameterSet;
import org.communitygov.rules.engine.RuleContext;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BarthelIndexTest {
  static final RuleContext CONTEXT =
      RuleContext.of(ParameterSet.empty(), Jurisdiction.national(), LocalDate.of(2024, 1, 1));

  static ImmutableBarthelInput.Builder full() {
    var b = BarthelInput.builder();
    for (BarthelItem item : BarthelItem.values()) {
      b.putItemScore(item, item.allowedScores().get(item.allowedScores().size() - 1));
    }
    return b;
  }

  @Nested
  class TheItems {
    @Test
    void haveMaximaSummingTo100() {
      assertThat(
              Arrays.stream(BarthelItem.values())
                  .mapToInt(i -> i.allowedScores().get(i.allowedScores().size() - 1))
                  .sum())
          .isEqualTo(100);
    }

    @Test
    void rejectADisallowedScoreNamingTheItemAndItsAllowedScores() {
      assertThatThrownBy(() -> BarthelItem.BATHING.check(10))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.code()).isEqualTo("bathing.allowedScores");
                assertThat(e.getMessage()).contains("0, 5");
              });
      assertThatThrownBy(() -> full().putItemScore(BarthelItem.FEEDING, 7).build())
          .isInstanceOf(InvalidValueException.class);
    }
  }

  @Nested
  class TheSchemes {
    @ParameterizedTest
    @EnumSource(BarthelScheme.class)
    void readAFullScoreAsTheBestCategory(BarthelScheme scheme) {
      BarthelResult r =
          BarthelIndex.rule().evaluate(full().scheme(scheme).build(), CONTEXT).outcomeOrThrow();
      assertThat(r.total()).isEqualTo(100);
      assertThat(scheme.bandIndexOf(100)).isZero();
    }

    @Test
    void carryTheirConfidence() {
      assertThat(BarthelScheme.MZ_T_039_2013.citation().confidence())
          .isEqualTo(Confidence.CONFIRMED);
      assertThat(BarthelScheme.SHAH_1989.citation().confidence()).isEqualTo(Confidence.UNCONFIRMED);
      assertThat(BarthelScheme.WS_T_431.citation().confidence()).isEqualTo(Confidence.UNCONFIRMED);
    }
  }

  @Test
  void findsAnItemByItsExactCode() {
    assertThat(BarthelItem.ofCode("toiletUse")).contains(BarthelItem.TOILET_USE);
    assertThat(BarthelItem.ofCode("feeding")).contains(BarthelItem.FEEDING);
    assertThat(BarthelItem.ofCode("ToiletUse")).isEmpty();
  }

  @Test
  void masksEveryDetailInDecisionJsonAsHealthData() {
    var input =
        full().putItemScore(BarthelItem.FEEDING, 5).scheme(BarthelScheme.MZ_T_039_2013).build();
    var d = BarthelIndex.rule().evaluate(input, CONTEXT);

    assertThat(org.communitygov.rules.engine.DecisionJson.write(d))
        .contains("\"total\" : \"***\"")
        .doesNotContain("\"total\" : \"95\"");
    assertThat(
            org.communitygov.rules.engine.DecisionJson.write(
                d, java.util.Set.of(org.communitygov.model.common.SensitiveCategory.HEALTH)))
        .contains("\"total\" : \"95\"");
  }

  @Test
  void printsNoScoreOrCategoryInToString() {
    var input =
        full().putItemScore(BarthelItem.FEEDING, 5).scheme(BarthelScheme.MZ_T_039_2013).build();
    var d = BarthelIndex.rule().evaluate(input, CONTEXT);
    BarthelResult r = d.outcomeOrThrow();

    assertThat(r.toString())
        .doesNotContain(String.valueOf(r.total()))
        .doesNotContain(r.category())
        .doesNotContain(r.categoryName().en());
    assertThat(d.toString()).doesNotContain(r.category()).endsWith(": ***");
  }
}
