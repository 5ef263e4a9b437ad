package org.communitygov.model.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communitygov.model.common.DivisionCode;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.LocalizedName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TownshipTest {
  static ImmutableTownship.Builder qixinggang() {
    return Township.builder().kind(TownshipKind.STREET_OFFICE).name(LocalizedName.of("七星岗街道"));
  }

  @Nested
  class TheDivisionCode {
    @Test
    void acceptsANineDigitCode() {
      assertThat(qixinggang().divisionCode(DivisionCode.parse("500103003")).build().divisionCode())
          .contains(DivisionCode.parse("500103003"));
    }

    @Test
    void acceptsATwelveDigitCodeEndingInZerosAsItsNineDigitForm() {
      assertThat(
              qixinggang().divisionCode(DivisionCode.parse("500103003000")).build().divisionCode())
          .contains(DivisionCode.parse("500103003"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"500103", "500000", "500103003001"})
    void rejectsACodeOfAnotherLevel(String code) {
      assertThatThrownBy(() -> qixinggang().divisionCode(DivisionCode.parse(code)).build())
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.code()).isEqualTo("divisionCode.townshipLevel"));
    }

    @Test
    void isOptional() {
      assertThat(qixinggang().build().divisionCode()).isEmpty();
    }
  }

  @Nested
  class Building_ {
    @Test
    void rejectsNulls() {
      assertThatNullPointerException().isThrownBy(() -> qixinggang().kind(null));
      assertThatNullPointerException().isThrownBy(() -> qixinggang().name(null));
    }

    @Test
    void rejectsAMissingName() {
      assertThatThrownBy(() -> Township.builder().kind(TownshipKind.TOWNSHIP).build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("name");
    }

    @Test
    void roundTripsThroughItsBuilder() {
      Township township = qixinggang().divisionCode(DivisionCode.parse("500103003")).build();
      assertThat(Township.builder().from(township).build()).isEqualTo(township);
    }
  }
}
