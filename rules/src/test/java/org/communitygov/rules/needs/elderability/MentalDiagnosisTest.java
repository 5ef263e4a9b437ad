package org.communitygov.rules.needs.elderability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communitygov.model.common.InvalidValueException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentalDiagnosisTest {
  @Nested
  class FromIcd10 {
    @ParameterizedTest
    @CsvSource({
      "F00, DEMENTIA",
      "F01.1, DEMENTIA",
      "f03, DEMENTIA",
      "F04, OTHER_MENTAL_DISORDER",
      "F32.9, OTHER_MENTAL_DISORDER",
      "F99, OTHER_MENTAL_DISORDER",
      "I10, NONE",
      "G30.9, NONE"
    })
    void classifiesByTheF00ToF03AndF04ToF99Ranges(String code, MentalDiagnosis expected) {
      assertThat(MentalDiagnosis.ofIcd10(code)).isEqualTo(expected);
    }

    @Test
    void rejectsAMalformedFCode() {
      assertThatThrownBy(() -> MentalDiagnosis.ofIcd10("F3"))
          .isInstanceOf(InvalidValueException.class);
    }
  }
}
