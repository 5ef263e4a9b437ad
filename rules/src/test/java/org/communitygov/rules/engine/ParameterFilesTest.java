package org.communitygov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParameterFilesTest {
  static final String VALID =
      """
      {"topic": "t", "parameters": [{"id": "a.b", "type": "INTEGER", "unit": "years",
        "values": [{"jurisdiction": "national", "effectiveFrom": "2020-01-01", "value": 16,
          "confidence": "CONFIRMED", "reference": {"document": {"zh": "文件", "en": "document"}}}]}]}
      """;

  @Nested
  class TheShippedFiles {
    @Test
    void allLoadAndDefineTheDocumentedParameters() {
      assertThat(ParameterSet.defaults().ids())
          .contains(
              "mlg.standard.urban",
              "mlg.standard.rural",
              "mlg.nearPoor.incomeMultiple",
              "extremePoverty.minorAgeLimit",
              "elderAbility.gbt42195.stacking",
              "elderAbility.gbt42195.comaTarget",
              "elderAbility.gbt42195.minTotal.level0");
    }
  }

  @Nested
  class AValidFile {
    @Test
    void loads() {
      assertThat(ParameterSetTest.load(VALID).ids()).containsExactly("a.b");
    }
  }

  @Nested
  class AnInvalidFile {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "{\"topic\": \"t\", \"topic\": \"u\", \"parameters\": []}",
          "{\"topic\": \"t\", \"parameters\": []} {}",
          "{\"topic\": \"t\", \"parameters\": [], \"extra\": 1}",
          "{\"parameters\": []}",
          "{\"topic\": 5, \"parameters\": []}"
        })
    void isRejected(String json) {
      assertThatThrownBy(() -> ParameterSetTest.load(json))
          .isInstanceOfSatisfying(
              ParameterFileException.class, e -> assertThat(e.code()).isEqualTo("parameter.file"));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "\"value\": 16|\"value\": \"16\"",
          "\"value\": 16|\"value\": 16.5",
          "\"INTEGER\"|\"NUMBER\"",
          "\"CONFIRMED\"|\"SURE\"",
          "2020-01-01|2020-13-01",
          "\"national\"|\"999999\""
        })
    void withABadValueIsRejectedNamingTheFile(String replacement) {
      String[] parts = replacement.split("\\|");
      assertThatThrownBy(() -> ParameterSetTest.load(VALID.replace(parts[0], parts[1])))
          .isInstanceOf(ParameterFileException.class)
          .hasMessageContaining("test.json");
    }
  }
}
