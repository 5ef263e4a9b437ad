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
              "mlg.nearMlg.incomeMultiple",
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

  @Nested
  class TheOptionalMembers {
    static final String FULL =
        """
        {"topic": "t", "places": {"500000": {"zh": "重庆市", "en": "Chongqing"}},
          "parameters": [{"id": "a.b", "type": "DECIMAL", "unit": "yuan",
            "label": {"zh": "标准", "en": "standard"},
            "qualifier": {"zh": "城市", "en": "urban"},
            "description": {"zh": "说明", "en": "what it is"},
            "values": [{"jurisdiction": "500000", "effectiveFrom": "2023-09-01", "value": 735.00,
              "confidence": "CONFIRMED", "note": "raised in 2023",
              "reference": {"document": {"zh": "文件", "en": "document"},
                "article": {"zh": "第二条", "en": "Article 2"}, "url": "https://example.org/d"}}]}]}
        """;

    @Test
    void areReadIntoTheDefinitionTheValueAndItsReference() {
      ParameterSet set = ParameterSetTest.load(FULL);
      ParameterDefinition d = set.definition("a.b").orElseThrow();
      assertThat(d.label()).isEqualTo(LocalizedText.of("标准", "standard"));
      assertThat(d.description()).isEqualTo(LocalizedText.of("说明", "what it is"));
      assertThat(d.qualifier()).contains(LocalizedText.of("城市", "urban"));
      DatedValue<?> value = set.values("a.b").get(Jurisdiction.parse("500000")).get(0);
      assertThat(value.value()).isEqualTo(new java.math.BigDecimal("735.00"));
      assertThat(value.note()).contains("raised in 2023");
      assertThat(value.reference().article()).contains(LocalizedText.of("第二条", "Article 2"));
      assertThat(value.reference().url()).contains("https://example.org/d");
      assertThat(set.placeName(Jurisdiction.parse("500000")))
          .contains(LocalizedText.of("重庆市", "Chongqing"));
    }

    @Test
    void fallBackToTheIdForTheLabelAndDescriptionAndAreOtherwiseAbsent() {
      ParameterSet set = ParameterSetTest.load(VALID);
      ParameterDefinition d = set.definition("a.b").orElseThrow();
      assertThat(d.label()).isEqualTo(LocalizedText.of("a.b", "a.b"));
      assertThat(d.description()).isEqualTo(LocalizedText.of("a.b", "a.b"));
      assertThat(d.qualifier()).isEmpty();
      DatedValue<?> value = set.values("a.b").get(Jurisdiction.national()).get(0);
      assertThat(value.note()).isEmpty();
      assertThat(value.reference().article()).isEmpty();
      assertThat(value.reference().url()).isEmpty();
      assertThat(set.placeName(Jurisdiction.parse("500000"))).isEmpty();
    }
  }

  @Nested
  class AValueOfEachType {
    String file(String type, String value) {
      return VALID
          .replace("\"INTEGER\"", "\"" + type + "\"")
          .replace("\"value\": 16", "\"value\": " + value);
    }

    Object load(String type, String value) {
      return ParameterSetTest.load(file(type, value))
          .values("a.b")
          .get(Jurisdiction.national())
          .get(0)
          .value();
    }

    @Test
    void isReadWhenItsJsonTypeFits() {
      assertThat(load("DECIMAL", "2")).isEqualTo(new java.math.BigDecimal("2"));
      assertThat(load("DECIMAL", "0.10")).isEqualTo(new java.math.BigDecimal("0.10"));
      assertThat(load("INTEGER", "2147483647")).isEqualTo(Integer.MAX_VALUE);
      assertThat(load("BOOLEAN", "true")).isEqualTo(true);
      assertThat(load("BOOLEAN", "false")).isEqualTo(false);
      assertThat(load("CODE", "\"MENTAL\"")).isEqualTo("MENTAL");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "DECIMAL|\"2\"",
          "DECIMAL|true",
          "INTEGER|2147483648",
          "INTEGER|2.0",
          "INTEGER|\"2\"",
          "BOOLEAN|\"true\"",
          "BOOLEAN|1",
          "CODE|5",
          "CODE|\" \"",
          "CODE|false"
        })
    void isRejectedNamingTheTypeTheParameterAndTheDateWhenItDoesNot(String typeAndValue) {
      String[] parts = typeAndValue.split("\\|");
      assertThatThrownBy(() -> load(parts[0], parts[1]))
          .isInstanceOfSatisfying(
              ParameterFileException.class, e -> assertThat(e.code()).isEqualTo("parameter.file"))
          .hasMessageContaining("test.json")
          .hasMessageContaining("value is not a " + parts[0])
          .hasMessageContaining("a.b national 2020-01-01");
    }
  }

  @Nested
  class ANullOrRepeatedMember {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "\"years\"|null| unit of a.b is missing",
          "\"national\"|null| jurisdiction is missing",
          "\"2020-01-01\"|null| effectiveFrom of a.b national null is missing",
          "\"CONFIRMED\"|null| confidence of a.b national 2020-01-01 is missing",
          "\"文件\"|null| zh is missing",
          "\"en\": \"document\"|\"en\": null| en is missing",
          "\"effectiveFrom\": \"2020-01-01\"|\"effectiveFrom\": \"2020-1-1\"|"
              + " effectiveFrom is not an ISO date (yyyy-MM-dd): a.b national 2020-1-1"
        })
    void isRejectedNamingWhatIsNullAndWhere(String replacement) {
      String[] parts = replacement.split("\\|");
      assertThatThrownBy(() -> ParameterSetTest.load(VALID.replace(parts[0], parts[1])))
          .isInstanceOfSatisfying(
              ParameterFileException.class, e -> assertThat(e.code()).isEqualTo("parameter.file"))
          .hasMessage("parameter file test.json:" + parts[2]);
    }

    @Test
    void isRejectedWhenAParameterIsDefinedTwice() {
      String parameter = VALID.substring(VALID.indexOf("{\"id\""), VALID.lastIndexOf("]}"));
      String twice = "{\"topic\": \"t\", \"parameters\": [" + parameter + ", " + parameter + "]}";
      assertThatThrownBy(() -> ParameterSetTest.load(twice))
          .isInstanceOf(ParameterFileException.class)
          .hasMessage("parameter file test.json: parameter a.b defined twice");
    }
  }
}
