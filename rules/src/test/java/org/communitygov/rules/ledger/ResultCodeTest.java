package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The stable codes of {@link ResultCode}: which refusals the journal keeps, and their names. */
class ResultCodeTest {
  @Test
  void keepsExactlyTheRefusalsThatDependOnTheLedgersState() {
    EnumSet<ResultCode> kept = EnumSet.noneOf(ResultCode.class);
    Arrays.stream(ResultCode.values()).filter(ResultCode::isKept).forEach(kept::add);
    assertThat(kept)
        .isEqualTo(EnumSet.range(ResultCode.CLOSED_PERIOD, ResultCode.BALANCE_ASSERTION_FAILED));
    assertThat(ResultCode.EXISTS_WITH_DIFFERENT.isKept()).isFalse();
    assertThat(ResultCode.LINKED_ENTRY_FAILED.isKept()).isFalse();
  }

  @Test
  void readsBackEveryStableCodeButTheExistsWithDifferentPrefix() {
    for (ResultCode code : ResultCode.values()) {
      if (code != ResultCode.EXISTS_WITH_DIFFERENT) {
        assertThat(ResultCode.fromCode(code.code())).isEqualTo(code);
      }
    }
    assertThat(ResultCode.CLOSED_PERIOD.code()).isEqualTo("closed_period");
    assertThatThrownBy(() -> ResultCode.fromCode("exists_with_different_"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no result code exists_with_different_");
    assertThatThrownBy(() -> ResultCode.fromCode("CLOSED_PERIOD"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
