package org.communitygov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ParameterTypeTest {
  @Test
  void isFoundByItsName() {
    assertThat(ParameterType.named("DECIMAL")).isSameAs(ParameterType.DECIMAL);
    assertThat(ParameterType.named("INTEGER")).isSameAs(ParameterType.INTEGER);
    assertThat(ParameterType.named("BOOLEAN")).isSameAs(ParameterType.BOOLEAN);
    assertThat(ParameterType.named("CODE")).isSameAs(ParameterType.CODE);
    assertThat(ParameterType.CODE.name()).isEqualTo("CODE");
    assertThat(ParameterType.DECIMAL).hasToString("DECIMAL");
  }

  @Test
  void rejectsAnUnknownOrNullName() {
    assertThatThrownBy(() -> ParameterType.named("decimal"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("decimal");
    assertThatThrownBy(() -> ParameterType.named(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void castsToItsJavaTypeAndRefusesOthers() {
    assertThat(ParameterType.INTEGER.javaType()).isEqualTo(Integer.class);
    assertThat(ParameterType.INTEGER.cast(16)).isEqualTo(16);
    assertThatThrownBy(() -> ParameterType.INTEGER.cast("16"))
        .isInstanceOf(ClassCastException.class);
  }

  @Test
  void rendersDecimalsInPlainNotationWithTheirScale() {
    assertThat(ParameterType.DECIMAL.render(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(ParameterType.DECIMAL.render(new BigDecimal("735.00"))).isEqualTo("735.00");
    assertThat(ParameterType.BOOLEAN.render(true)).isEqualTo("true");
    assertThat(ParameterType.CODE.render("MAX_ONE")).isEqualTo("MAX_ONE");
  }
}
