package org.communitygov.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.communitygov.model.common.InvalidValues.assertInvalid;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionCodeTest {
  static DivisionCode code(String text) {
    return DivisionCode.parse(text);
  }

  @Nested
  class Levels {
    @ParameterizedTest
    @CsvSource({
      "110000, PROVINCE",
      "500000, PROVINCE",
      "110100, PREFECTURE",
      "440300, PREFECTURE",
      "110105, COUNTY",
      "440524, COUNTY",
      "110105001, TOWNSHIP",
      "110105001001, VILLAGE"
    })
    void tellsTheLevel(String text, DivisionLevel level) {
      assertThat(code(text).level()).isEqualTo(level);
    }
  }

  @Nested
  class Hierarchy {
    @Test
    void walksUpToTheProvince() {
      assertThat(code("110105001001").parent()).contains(code("110105001"));
      assertThat(code("110105001").parent()).contains(code("110105"));
      assertThat(code("110105").parent()).contains(code("110100"));
      assertThat(code("110100").parent()).contains(code("110000"));
      assertThat(code("110000").parent()).isEmpty();
    }

    @Test
    void findsTheProvince() {
      assertThat(code("440524").province()).isEqualTo(code("440000"));
      assertThat(code("110105001001").province()).isEqualTo(code("110000"));
      DivisionCode province = code("500000");
      assertThat(province.province()).isSameAs(province);
    }

    @Test
    void containsItselfAndWhatLiesWithin() {
      DivisionCode county = code("110105");
      assertThat(county.contains(county)).isTrue();
      assertThat(county.contains(code("110105001001"))).isTrue();
      assertThat(code("110000").contains(code("110105001"))).isTrue();
      assertThat(county.contains(code("110106"))).isFalse();
      assertThat(county.contains(code("110100"))).isFalse();
      assertThat(code("110000").contains(code("120101"))).isFalse();
    }

    @Test
    void rejectsNull() {
      assertThatNullPointerException().isThrownBy(() -> code("110105").contains(null));
    }
  }

  @Nested
  class Normalization {
    @ParameterizedTest
    @CsvSource({
      "110105000000, 110105",
      "110105000, 110105",
      "110105001000, 110105001",
      "110000000000, 110000",
      "110105001001, 110105001001"
    })
    void dropsTrailingZeroGroups(String text, String normalized) {
      assertThat(code(text).toString()).isEqualTo(normalized);
      assertThat(code(text)).isEqualTo(code(normalized));
    }
  }

  @Nested
  class Format {
    @ParameterizedTest
    @ValueSource(strings = {"", "11", "11010", "1101050", "1101050010", "1101050010010"})
    void rejectsOtherLengths(String text) {
      assertInvalid("divisionCode.length", () -> code(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010A", "110 05", "-11010", "１１0105"})
    void rejectsNonDigits(String text) {
      assertInvalid("divisionCode.digits", () -> code(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000000", "100000", "160105", "240000", "390000", "700000", "990105"})
    void rejectsProvincesNotInUse(String text) {
      assertInvalid("divisionCode.province", () -> code(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"110000", "150000", "650000", "710000", "810000", "820000", "830000"})
    void acceptsTheFirstAndLastProvinces(String text) {
      assertThat(code(text).level()).isEqualTo(DivisionLevel.PROVINCE);
    }

    @Test
    void rejectsNull() {
      assertThatNullPointerException().isThrownBy(() -> code(null)).withMessage("code");
    }
  }

  @Nested
  class Equality {
    @Test
    void equalsAndOrdersByDigits() {
      assertThat(code("110105"))
          .isEqualTo(code("110105"))
          .hasSameHashCodeAs(code("110105000"))
          .isNotEqualTo(code("110106"))
          .isNotEqualTo("110105");
      assertThat(List.of(code("440524"), code("110105001"), code("110105")).stream().sorted())
          .containsExactly(code("110105"), code("110105001"), code("440524"));
    }
  }

  @Nested
  class RoundTrip {
    @ParameterizedTest
    @ValueSource(strings = {"110000", "110105", "110105001", "110105001001"})
    void parsesItsToString(String text) {
      assertThat(code(code(text).toString())).isEqualTo(code(text));
    }

    @Test
    void writesAndReadsJsonAsAString() throws Exception {
      ObjectMapper mapper = new ObjectMapper();
      assertThat(mapper.writeValueAsString(code("110105000"))).isEqualTo("\"110105\"");
      assertThat(mapper.readValue("\"110105001\"", DivisionCode.class))
          .isEqualTo(code("110105001"));
    }
  }
}
