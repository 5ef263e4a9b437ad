package org.communitygov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OperatorTest {
  @ParameterizedTest
  @EnumSource(Operator.class)
  void negatedHoldsExactlyWhenTheOperatorDoesNot(Operator op) {
    for (int comparison = -1; comparison <= 1; comparison++) {
      assertThat(op.negate().test(comparison))
          .as("%s at %d", op, comparison)
          .isEqualTo(!op.test(comparison));
    }
    assertThat(op.negate().negate()).isSameAs(op);
  }
}
