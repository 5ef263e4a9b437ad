package org.communitygov.rules.needs.elderability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.communitygov.model.common.InvalidValueException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ElderAbilityItemTest {
  @Nested
  class TheItemTable {
    @Test
    void has26ItemsWithMaximaSummingTo90() {
      assertThat(ElderAbilityItem.values()).hasSize(26);
      assertThat(Arrays.stream(ElderAbilityItem.values()).mapToInt(ElderAbilityItem::max).sum())
          .isEqualTo(90);
    }

    @ParameterizedTest
    @EnumSource(ElderAbilityDimension.class)
    void hasDimensionMaximaOf32_15_28_15(ElderAbilityDimension d) {
      int sum =
          Arrays.stream(ElderAbilityItem.values())
              .filter(i -> i.dimension() == d)
              .mapToInt(ElderAbilityItem::max)
              .sum();
      assertThat(sum).isEqualTo(d.max());
      assertThat(d.max()).isIn(32, 15, 28);
    }

    @Test
    void namesItemsAsInAnnexB() {
      assertThat(ElderAbilityItem.ofCode("B.2.4")).contains(ElderAbilityItem.STAIRS);
      assertThat(ElderAbilityItem.STAIRS.displayName().zh()).isEqualTo("上下楼梯");
      assertThat(ElderAbilityItem.STAIRS.max()).isEqualTo(3);
      assertThat(ElderAbilityItem.ofCode("B.3.7").orElseThrow().max()).isEqualTo(1);
      assertThat(ElderAbilityItem.ofCode("B.3.9").orElseThrow().displayName().zh())
          .isEqualTo("意识水平");
      assertThat(ElderAbilityItem.ofCode("B.5.1")).isEmpty();
    }
  }

  @Nested
  class AScore {
    @Test
    void outOfRangeIsRejectedNamingTheItemAndTheAllowedValues() {
      assertThatThrownBy(() -> ElderAbilityItem.STAIRS.check(4))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.code()).isEqualTo("B.2.4.allowedScores");
                assertThat(e.getMessage()).contains("B.2.4").contains("0 to 3");
              });
      assertThatThrownBy(() -> ElderAbilityItem.EATING.check(-1))
          .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void atTheBoundsIsAccepted() {
      assertThat(ElderAbilityItem.STAIRS.check(3)).isEqualTo(3);
      assertThat(ElderAbilityItem.EATING.check(0)).isZero();
    }
  }
}
