package org.communitygov.rules.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RuleContextTest {
  static final ParameterKey<BigDecimal> URBAN = ParameterKey.decimal("mlg.standard.urban");

  @Test
  void resolvesAParameterOnceAndAnswersFromThenOn() {
    RuleContext context =
        RuleContext.of(
            ParameterSet.defaults(), Jurisdiction.parse("500103"), LocalDate.of(2024, 1, 1));

    ResolvedParameter<BigDecimal> first = context.resolve(URBAN);

    assertThat(first.value()).isEqualByComparingTo("735.00");
    assertThat(context.resolve(URBAN)).isSameAs(first);
  }

  @Test
  void givesWhatTheParameterSetGives() {
    LocalDate date = LocalDate.of(2023, 8, 31);
    RuleContext context =
        RuleContext.of(ParameterSet.defaults(), Jurisdiction.parse("500103"), date);

    assertThat(context.resolve(URBAN))
        .isEqualTo(ParameterSet.defaults().resolve(URBAN, Jurisdiction.parse("500103"), date));
  }

  @Test
  void throwsForAMissingValueEveryTime() {
    RuleContext context =
        RuleContext.of(
            ParameterSet.defaults(), Jurisdiction.parse("310101"), LocalDate.of(2024, 1, 1));

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> context.resolve(URBAN))
          .isInstanceOf(MissingParameterException.class)
          .hasMessageContaining("310101");
    }
  }

  @Test
  void isEqualForTheSameParametersPlaceAndDate() {
    ParameterSet p = ParameterSet.defaults();
    RuleContext a = RuleContext.of(p, Jurisdiction.parse("500103"), LocalDate.of(2024, 1, 1));
    RuleContext b = RuleContext.of(p, Jurisdiction.parse("500103"), LocalDate.of(2024, 1, 1));
    a.resolve(URBAN);

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a)
        .isNotEqualTo(RuleContext.of(p, Jurisdiction.parse("500103"), LocalDate.of(2024, 1, 2)));
    assertThat(a.toString()).isEqualTo("RuleContext[500103, 2024-01-01]");
  }

  /** A value derived from a context, as a rule keeps its resolved parameters. */
  record Standard(ResolvedParameter<BigDecimal> urban) {
    Standard(RuleContext context) {
      this(context.resolve(URBAN));
    }
  }

  @Test
  void makesASharedValueOnceAndGivesTheSameAfterwards() {
    RuleContext context =
        RuleContext.of(
            ParameterSet.defaults(), Jurisdiction.parse("500103"), LocalDate.of(2024, 1, 1));
    int[] made = new int[1];

    Standard first =
        context.shared(
            Standard.class,
            c -> {
              made[0]++;
              return new Standard(c);
            });

    assertThat(context.shared(Standard.class, Standard::new)).isSameAs(first);
    assertThat(made[0]).isEqualTo(1);
    assertThat(first.urban()).isSameAs(context.resolve(URBAN));
  }

  @Test
  void doesNotRememberASharedValueThatCouldNotBeMade() {
    RuleContext context =
        RuleContext.of(
            ParameterSet.defaults(), Jurisdiction.parse("310101"), LocalDate.of(2024, 1, 1));

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> context.shared(Standard.class, Standard::new))
          .isInstanceOf(MissingParameterException.class);
    }
  }
}
