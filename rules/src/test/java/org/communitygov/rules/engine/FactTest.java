package org.communitygov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.communitygov.model.common.SensitiveCategory;
import org.junit.jupiter.api.Test;

class FactTest {
  static final LocalizedText INCOME = LocalizedText.of("人均收入", "per-capita income");

  @Test
  void writesItsValueAsTextWithDecimalsInPlainNotation() {
    assertThat(Fact.of("x", new BigDecimal("1E+2")).value()).isEqualTo("100");
    assertThat(Fact.of("x", new BigDecimal("812.00")).value()).isEqualTo("812.00");
    assertThat(Fact.of("x", 3).value()).isEqualTo("3");
    assertThat(Fact.of("x", true).value()).isEqualTo("true");
  }

  @Test
  void keepsItsSensitivityAndLabel() {
    Fact plain = Fact.of("size", 3);
    assertThat(plain.name()).isEqualTo("size");
    assertThat(plain.sensitivity()).isEmpty();
    assertThat(plain.label()).isEmpty();
    Fact income = Fact.sensitive("income", "812.00", SensitiveCategory.FINANCIAL, INCOME);
    assertThat(income.sensitivity()).contains(SensitiveCategory.FINANCIAL);
    assertThat(income.label()).contains(INCOME);
    assertThat(plain.withLabel(INCOME).label()).contains(INCOME);
    assertThat(plain.withLabel(INCOME).value()).isEqualTo("3");
  }

  @Test
  void masksASensitiveValueInToString() {
    assertThat(Fact.of("size", 3)).hasToString("size = 3");
    assertThat(Fact.sensitive("income", "812.00", SensitiveCategory.FINANCIAL))
        .hasToString("income = ***");
  }

  @Test
  void isEqualWhenNameTextSensitivityAndLabelAre() {
    Fact f = Fact.sensitive("income", "812.00", SensitiveCategory.FINANCIAL);
    assertThat(f)
        .isEqualTo(Fact.sensitive("income", new BigDecimal("812.00"), SensitiveCategory.FINANCIAL))
        .hasSameHashCodeAs(
            Fact.sensitive("income", new BigDecimal("812.00"), SensitiveCategory.FINANCIAL))
        .isNotEqualTo(Fact.sensitive("income2", "812.00", SensitiveCategory.FINANCIAL))
        .isNotEqualTo(Fact.sensitive("income", "812.0", SensitiveCategory.FINANCIAL))
        .isNotEqualTo(Fact.sensitive("income", "812.00", SensitiveCategory.HEALTH))
        .isNotEqualTo(Fact.of("income", "812.00"))
        .isNotEqualTo(Fact.sensitive("income", "812.00", SensitiveCategory.FINANCIAL, INCOME))
        .isNotEqualTo("income");
  }

  @Test
  void refusesABlankOrNullNameAndNullParts() {
    assertThatThrownBy(() -> Fact.of(" ", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fact.of(null, 1)).hasMessage("name");
    assertThatThrownBy(() -> Fact.of("x", null)).hasMessage("value");
    assertThatThrownBy(() -> Fact.sensitive("x", 1, null)).hasMessage("category");
    assertThatThrownBy(() -> Fact.sensitive("x", 1, SensitiveCategory.HEALTH, null))
        .hasMessage("label");
    assertThatThrownBy(() -> Fact.of("x", 1).withLabel(null)).hasMessage("label");
  }
}
