package org.communitygov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FactsTest {
  static final Facts TWO = Facts.of(List.of(Fact.of("a", 1), Fact.of("b", 2)));

  @Test
  void findsFactsByNameInTheOrderGiven() {
    assertThat(TWO.get("a")).contains(Fact.of("a", 1));
    assertThat(TWO.text("b")).contains("2");
    assertThat(TWO.get("c")).isEmpty();
    assertThat(TWO.text("c")).isEmpty();
    assertThat(TWO.all()).extracting(Fact::name).containsExactly("a", "b");
    assertThat(TWO.isEmpty()).isFalse();
    assertThat(Facts.empty().isEmpty()).isTrue();
    assertThat(Facts.empty().all()).isEmpty();
  }

  @Test
  void replacesAFactOfTheSameNameInItsPlace() {
    Facts replaced = TWO.with(Fact.of("a", 9));
    assertThat(replaced.all()).containsExactly(Fact.of("a", 9), Fact.of("b", 2));
    assertThat(TWO.with(Fact.of("c", 3)).all())
        .extracting(Fact::name)
        .containsExactly("a", "b", "c");
    assertThat(TWO.text("a")).contains("1");
  }

  @Test
  void isEqualForTheSameFactsInTheSameOrder() {
    assertThat(TWO)
        .isEqualTo(Facts.of(List.of(Fact.of("a", 1), Fact.of("b", 2))))
        .hasSameHashCodeAs(Facts.of(List.of(Fact.of("a", 1), Fact.of("b", 2))))
        .isNotEqualTo(Facts.of(List.of(Fact.of("b", 2), Fact.of("a", 1))))
        .isNotEqualTo(Facts.of(List.of(Fact.of("a", 1))))
        .isNotEqualTo(List.of(Fact.of("a", 1), Fact.of("b", 2)));
    assertThat(TWO).hasToString("[a = 1, b = 2]");
  }

  @Test
  void refusesNulls() {
    assertThatThrownBy(() -> TWO.get(null)).hasMessage("name");
    assertThatThrownBy(() -> TWO.with(null)).hasMessage("fact");
  }
}
