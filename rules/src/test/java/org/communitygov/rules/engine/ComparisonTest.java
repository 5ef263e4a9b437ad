package org.communitygov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComparisonTest {
  static Operand fact(Object value) {
    return Operand.of(Fact.of("x", value));
  }

  @ParameterizedTest
  @CsvSource({
    "734.99, LT, 735.00, true",
    "735.00, LT, 735.00, false",
    "735.0, EQ, 735.00, true",
    "735.00, GE, 735, true",
    "735.01, LE, 735.00, false"
  })
  void comparesDecimalsByValueNotByScale(String left, Operator op, String right, boolean expected) {
    assertThat(Comparison.of(fact(new BigDecimal(left)), op, fact(new BigDecimal(right))).result())
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"29, GE, 30, false", "30, GE, 30, true", "89, LT, 90, true", "-1, LT, 0, true"})
  void comparesIntegers(int left, Operator op, int right, boolean expected) {
    assertThat(Comparison.of(fact(left), op, fact(right)).result()).isEqualTo(expected);
  }

  @Test
  void comparesAnIntegerWithADecimalNumerically() {
    assertThat(Comparison.of(fact(2), Operator.LT, fact(new BigDecimal("2.5"))).result()).isTrue();
  }

  @Test
  void comparesTextOnlyForEquality() {
    assertThat(Comparison.of(fact("MAX_ONE"), Operator.EQ, fact("MAX_ONE")).result()).isTrue();
    assertThat(Comparison.of(fact(true), Operator.NE, fact(false)).result()).isTrue();
    assertThatThrownBy(() -> Comparison.of(fact("A"), Operator.LT, fact("B")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({
    "30, EQ, 30.0, true",
    "1E+3, EQ, 1000, true",
    "-1.5, LT, +2, true",
    "ACTIVE, EQ, ACTIVE, true",
    "ACTIVE, NE, INACTIVE, true",
    "E, EQ, E, true",
    "1-2, EQ, 1-2, true",
    "1-2, NE, -1, true",
    "\u0662, NE, 2, true",
    ".5, EQ, 0.5, true",
    "-.5, LT, 0, true",
    "+.5, EQ, 0.5, true",
    "1e3, EQ, 1000, true",
    "1E-3, EQ, 0.001, true",
    "1\u0662, EQ, 12, false",
    "\u0661\u0662, EQ, 12, false",
    "'', EQ, '', true"
  })
  void comparesTextsAsNumbersOnlyWhenBothAreAsciiNumbers(
      String left, Operator op, String right, boolean expected) {
    assertThat(Comparison.of(fact(left), op, fact(right)).result()).isEqualTo(expected);
  }

  @Test
  void ordersTextsThatAreNotAsciiNumbersNever() {
    assertThatThrownBy(() -> Comparison.of(fact("\u0662"), Operator.LT, fact("3")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Comparison.of(fact("1-2"), Operator.LT, fact("3")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Comparison.of(fact("2"), Operator.LT, fact("3")).result()).isTrue();
  }

  @Test
  void aFactShowsItsValueAsText() {
    assertThat(Fact.of("x", new BigDecimal("1E+3")).value()).isEqualTo("1000");
    assertThat(Fact.of("x", new BigDecimal("735.00")).value()).isEqualTo("735.00");
    assertThat(Fact.sensitive("x", 812, org.communitygov.model.common.SensitiveCategory.FINANCIAL))
        .hasToString("x = ***");
  }
}
