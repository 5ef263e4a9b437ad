package org.communitygov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.communitygov.model.common.DivisionCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JurisdictionTest {
  @Nested
  class Parsing {
    @Test
    void readsNationalAndDivisionCodesAsWritten() {
      assertThat(Jurisdiction.parse("national")).isSameAs(Jurisdiction.national());
      assertThat(Jurisdiction.parse("500103"))
          .isEqualTo(Jurisdiction.of(DivisionCode.parse("500103")))
          .hasToString("500103");
      assertThat(Jurisdiction.national()).hasToString("national");
    }

    @Test
    void rejectsWhatIsNeither() {
      assertThatThrownBy(() -> Jurisdiction.parse("National")).isInstanceOf(RuntimeException.class);
      assertThatThrownBy(() -> Jurisdiction.parse(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("text");
      assertThatThrownBy(() -> Jurisdiction.of(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("division");
    }
  }

  @Nested
  class Levels {
    @Test
    void tellsTheNationFromADivision() {
      assertThat(Jurisdiction.national().isNational()).isTrue();
      assertThat(Jurisdiction.national().division()).isEmpty();
      Jurisdiction district = Jurisdiction.parse("500103");
      assertThat(district.isNational()).isFalse();
      assertThat(district.division()).contains(DivisionCode.parse("500103"));
    }

    @Test
    void fallsBackFromDistrictToPrefectureToProvinceToNationAndNoFurther() {
      List<String> chain = new ArrayList<>();
      Jurisdiction j = Jurisdiction.parse("500103");
      chain.add(j.toString());
      while (j.fallback().isPresent()) {
        j = j.fallback().get();
        chain.add(j.toString());
      }
      assertThat(chain).containsExactly("500103", "500100", "500000", "national");
      assertThat(Jurisdiction.national().fallback()).isEmpty();
    }
  }

  @Nested
  class Comparing {
    @Test
    void isEqualForTheSameDivisionOnly() {
      Jurisdiction one = Jurisdiction.parse("500103");
      assertThat(one)
          .isEqualTo(Jurisdiction.parse("500103"))
          .hasSameHashCodeAs(Jurisdiction.parse("500103"))
          .isNotEqualTo(Jurisdiction.parse("500104"))
          .isNotEqualTo(Jurisdiction.national())
          .isNotEqualTo("500103");
      assertThat(Jurisdiction.national()).isEqualTo(Jurisdiction.parse("national"));
    }

    @Test
    void ordersByText() {
      assertThat(Jurisdiction.parse("110000").compareTo(Jurisdiction.parse("500103"))).isNegative();
      assertThat(Jurisdiction.parse("500103").compareTo(Jurisdiction.parse("110000"))).isPositive();
      assertThat(Jurisdiction.parse("500103").compareTo(Jurisdiction.parse("500103"))).isZero();
      assertThat(Jurisdiction.national().compareTo(Jurisdiction.parse("500103"))).isPositive();
    }
  }
}
