package org.communitygov.rules.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.communitygov.model.common.DivisionCode;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.ExplanationRenderer;
import org.communitygov.rules.engine.Jurisdiction;
import org.communitygov.rules.engine.Operator;
import org.communitygov.rules.engine.ParameterSet;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.volunteer.StarLevelResult.Medal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StarLevelTest {
  static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  static Decision<StarLevelResult> stars(String place, String hours) {
    Jurisdiction where =
        place.equals("national")
            ? Jurisdiction.national()
            : Jurisdiction.of(DivisionCode.parse(place));
    return StarLevel.rule()
        .evaluate(
            new StarLevel.Input(Optional.of(new BigDecimal(hours))),
            RuleContext.of(ParameterSet.defaults(), where, DAY));
  }

  @Nested
  class TheExplanation {
    @Test
    void namesTheStarTheHoursAndTheThresholdWithItsSource() {
      String zh =
          ExplanationRenderer.of(Locale.SIMPLIFIED_CHINESE).render(stars("national", "612"));
      assertThat(zh.lines().findFirst().orElseThrow())
          .startsWith("3★: 累计服务小时 612 ≥ 3★标准 600")
          .contains("中国社区志愿者注册管理办法", "第十八条");
      String en = ExplanationRenderer.of(Locale.ENGLISH).render(stars("national", "612"));
      assertThat(en).contains("3★: cumulative hours 612 ≥ 3★ threshold 600", "< 4★ threshold 1000");
    }

    @Test
    void showsNoNextStarBelowTheFirstAndAtTheLast() {
      assertThat(stars("national", "99.99").explanation().steps())
          .extracting(Step::id)
          .containsExactly("volunteer.stars.below");
      assertThat(stars("national", "1500").explanation().steps())
          .extracting(Step::id)
          .containsExactly("volunteer.stars.reached");
      assertThat(stars("national", "100").explanation().steps())
          .extracting(Step::id)
          .containsExactly("volunteer.stars.next", "volunteer.stars.reached");
    }

    @Test
    void statesEachMedalThresholdAsReachedOrNotTruthfully() {
      List<Step> medals =
          stars("110000", "3000").explanation().steps().stream()
              .filter(s -> s.id().equals("volunteer.medal"))
              .toList();

      assertThat(medals)
          .extracting(s -> s.comparison().orElseThrow().operator())
          .containsExactly(Operator.GE, Operator.GE, Operator.LT);
      assertThat(medals).allMatch(Step::holds);
    }

    @Test
    void marksAPartlyConfirmedThreshold() {
      String zh = ExplanationRenderer.of(Locale.SIMPLIFIED_CHINESE).render(stars("110000", "500"));
      assertThat(zh).contains("北京市", "部分确认");
    }
  }

  @Nested
  class TheScales {
    @Test
    void differBetweenBeijingAndTheNationalScheme() {
      for (String[] row :
          new String[][] {
            {"199.99", "1", "1"},
            {"200", "1", "2"},
            {"500", "2", "3"},
            {"800", "3", "4"},
            {"1000", "4", "5"},
            {"1500", "5", "5"}
          }) {
        assertThat(stars("national", row[0]).outcomeOrThrow().stars())
            .as(row[0])
            .isEqualTo(Integer.parseInt(row[1]));
        assertThat(stars("110000", row[0]).outcomeOrThrow().stars())
            .as(row[0])
            .isEqualTo(Integer.parseInt(row[2]));
      }
    }

    @Test
    void refuseNegativeHoursAndStarsOutsideZeroToFive() {
      assertThatThrownBy(() -> new StarLevel.Input(Optional.of(new BigDecimal("-0.01"))))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(new StarLevel.Input(Optional.of(BigDecimal.ZERO)).cumulativeHours())
          .contains(BigDecimal.ZERO);
      for (int stars : new int[] {-1, 6}) {
        assertThatThrownBy(() -> new StarLevelResult(stars, BigDecimal.TEN, Optional.empty()))
            .as("%d stars", stars)
            .isInstanceOf(IllegalArgumentException.class);
      }
      assertThat(new StarLevelResult(0, BigDecimal.ZERO, Optional.empty()).code())
          .isEqualTo("STARS_0");
      assertThat(new StarLevelResult(5, BigDecimal.TEN, Optional.empty()).code())
          .isEqualTo("STARS_5");
    }

    @Test
    void giveMedalsOnlyWhereTheyAreAwarded() {
      assertThat(stars("110000", "5000").outcomeOrThrow().medal()).contains(Medal.GOLD);
      assertThat(stars("110000", "1999.99").outcomeOrThrow().medal()).isEmpty();
      assertThat(stars("440000", "5000").outcomeOrThrow().medal()).isEmpty();
    }
  }
}
