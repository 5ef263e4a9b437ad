package org.communitygov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.communitygov.model.common.DivisionCode;
import org.communitygov.model.common.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParameterSetTest {
  static final ParameterKey<Money> URBAN = ParameterKey.money("mlg.standard.urban");
  static final DivisionCode CHONGQING = DivisionCode.parse("500000");
  static final DivisionCode YUZHONG = DivisionCode.parse("500103");

  @Nested
  class Resolution {
    @Test
    void takesTheLatestValueInForceOnTheDate() {
      ParameterSet p = ParameterSet.defaults();
      assertThat(p.resolve(URBAN, CHONGQING, LocalDate.of(2023, 8, 31)).value())
          .isEqualTo(Money.parse("717.00 CNY"));
      assertThat(p.resolve(URBAN, CHONGQING, LocalDate.of(2023, 9, 1)).value())
          .isEqualTo(Money.parse("735.00 CNY"));
    }

    @Test
    void fallsBackToTheParentDivisionAndSaysWhereItFoundTheValue() {
      ResolvedParameter<Money> r =
          ParameterSet.defaults().resolve(URBAN, YUZHONG, LocalDate.of(2024, 1, 1));
      assertThat(r.foundIn()).isEqualTo(Jurisdiction.of(CHONGQING));
      assertThat(r.placeName()).contains(LocalizedText.of("重庆市", "Chongqing"));
      assertThat(r.effectiveFrom()).isEqualTo(LocalDate.of(2023, 9, 1));
      assertThat(r.confidence()).isEqualTo(Confidence.CONFIRMED);
      assertThat(r.valueText()).isEqualTo("735.00");
    }

    @Test
    void fallsBackToTheNationLast() {
      ResolvedParameter<BigDecimal> r =
          ParameterSet.defaults()
              .resolve(
                  ParameterKey.decimal("mlg.nearMlg.incomeMultiple"),
                  YUZHONG,
                  LocalDate.of(2024, 1, 1));
      assertThat(r.foundIn().isNational()).isTrue();
    }

    @Test
    void failsClearlyWhereThereIsNoValueAndNoNationalOne() {
      assertThatThrownBy(
              () ->
                  ParameterSet.defaults()
                      .resolve(URBAN, DivisionCode.parse("310101"), LocalDate.of(2024, 1, 1)))
          .isInstanceOfSatisfying(
              MissingParameterException.class,
              e -> {
                assertThat(e.code()).isEqualTo("parameter.missing");
                assertThat(e.parameterId()).isEqualTo("mlg.standard.urban");
                assertThat(e.jurisdiction()).hasToString("310101");
                assertThat(e.date()).isEqualTo(LocalDate.of(2024, 1, 1));
              });
    }

    @Test
    void failsForAnUnknownParameter() {
      assertThatThrownBy(
              () ->
                  ParameterSet.defaults()
                      .resolve(ParameterKey.decimal("no.such"), YUZHONG, LocalDate.now()))
          .isInstanceOf(MissingParameterException.class);
    }

    @Test
    void rejectsAKeyOfAnotherType() {
      assertThatThrownBy(
              () ->
                  ParameterSet.defaults()
                      .resolve(
                          ParameterKey.integer("mlg.standard.urban"), YUZHONG, LocalDate.now()))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Overrides {
    static final String CHONGQING_2027 =
        """
        {"topic": "mlg-chongqing-2027",
         "parameters": [{"id": "mlg.standard.urban", "type": "MONEY", "unit": "CNY/person/month",
           "values": [{"jurisdiction": "500000", "effectiveFrom": "2027-01-01", "value": "780.00 CNY",
             "confidence": "CONFIRMED",
             "reference": {"document": {"zh": "重庆市2027年低保标准通知", "en": "Chongqing 2027 notice"}}}]}]}
        """;

    @Test
    void anOverrideFileChangesTheStandardFromItsDateOnWithNoCodeChange(@TempDir Path dir)
        throws Exception {
      Path file = dir.resolve("chongqing-2027.json");
      Files.writeString(file, CHONGQING_2027);
      ParameterSet p = ParameterSet.defaults().withOverrides(ParameterSet.load(file));
      assertThat(p.resolve(URBAN, YUZHONG, LocalDate.of(2026, 12, 31)).valueText())
          .isEqualTo("735.00");
      assertThat(p.resolve(URBAN, YUZHONG, LocalDate.of(2027, 1, 1)).valueText())
          .isEqualTo("780.00");
      assertThat(p.definition("mlg.standard.urban").orElseThrow().label().zh()).isEqualTo("城市低保标准");
    }

    @Test
    void leaveTheDefaultsUnchanged() {
      ParameterSet.defaults().withOverrides(load(CHONGQING_2027));
      assertThat(
              ParameterSet.defaults().resolve(URBAN, YUZHONG, LocalDate.of(2027, 6, 1)).valueText())
          .isEqualTo("735.00");
    }

    @Test
    void canBeMadeInCode() {
      LegalReference notice = LegalReference.of(LocalizedText.of("通知", "notice"));
      ParameterSet p =
          ParameterSet.defaults()
              .withValue(
                  URBAN,
                  Jurisdiction.of(CHONGQING),
                  DatedValue.of(
                      Money.parse("780.00 CNY"),
                      LocalDate.of(2027, 1, 1),
                      notice,
                      Confidence.CONFIRMED));
      assertThat(p.resolve(URBAN, YUZHONG, LocalDate.of(2027, 1, 1)).reference()).isEqualTo(notice);
    }

    @Test
    void replaceAValueOfTheSameDate() {
      String replaced = CHONGQING_2027.replace("2027-01-01", "2023-09-01");
      ParameterSet p = ParameterSet.defaults().withOverrides(load(replaced));
      assertThat(p.resolve(URBAN, YUZHONG, LocalDate.of(2024, 1, 1)).valueText())
          .isEqualTo("780.00");
    }

    @Test
    void mayNotChangeTheUnit() {
      String perYear = CHONGQING_2027.replace("CNY/person/month", "CNY/person/year");
      assertThatThrownBy(() -> ParameterSet.defaults().withOverrides(load(perYear)))
          .isInstanceOfSatisfying(
              ParameterFileException.class,
              e -> assertThat(e.code()).isEqualTo("parameter.conflict"));
    }
  }

  @Nested
  class DefinitionsAndPlaces {
    private final LocalizedText urbanLabel = LocalizedText.of("城市低保标准", "urban MLG standard");

    private ParameterDefinition urban(String unit, String en) {
      return ParameterDefinition.of(URBAN, unit, LocalizedText.of("标准", en), urbanLabel);
    }

    @Test
    void aNewDefinitionHasNoValuesAndAReplacedOneKeepsThem() {
      ParameterSet defined = ParameterSet.empty().withDefinition(urban("CNY/person/month", "new"));
      assertThat(defined.definition("mlg.standard.urban").orElseThrow().label().en())
          .isEqualTo("new");
      assertThat(defined.values("mlg.standard.urban")).isEmpty();

      ParameterSet replaced =
          ParameterSet.defaults().withDefinition(urban("CNY/person/month", "replaced"));
      assertThat(replaced.definition("mlg.standard.urban").orElseThrow().label().en())
          .isEqualTo("replaced");
      assertThat(
              replaced
                  .resolve(URBAN, Jurisdiction.of(YUZHONG), LocalDate.of(2024, 1, 1))
                  .valueText())
          .isEqualTo("735.00");
    }

    @Test
    void aDefinitionMayNotChangeTheUnitOfAnExistingParameter() {
      assertThatThrownBy(
              () -> ParameterSet.defaults().withDefinition(urban("CNY/person/year", "per year")))
          .isInstanceOfSatisfying(
              ParameterFileException.class,
              e -> assertThat(e.code()).isEqualTo("parameter.conflict"));
    }

    @Test
    void aValueNeedsItsParameterDefinedWithItsType() {
      DatedValue<Integer> value =
          DatedValue.of(
              7,
              LocalDate.of(2027, 1, 1),
              LegalReference.of(LocalizedText.of("通知", "notice")),
              Confidence.CONFIRMED);
      assertThatThrownBy(
              () ->
                  ParameterSet.defaults()
                      .withValue(
                          ParameterKey.integer("x.undefined"), Jurisdiction.national(), value))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("parameter not defined: x.undefined");
      assertThatThrownBy(
              () ->
                  ParameterSet.defaults()
                      .withValue(
                          ParameterKey.integer("mlg.standard.urban"),
                          Jurisdiction.national(),
                          value))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("parameter mlg.standard.urban is of type MONEY");
      assertThat(ParameterSet.defaults().definition("x.undefined")).isEmpty();
    }

    @Test
    void overridesBringTheirPlaceNamesAndWin() {
      Jurisdiction place = Jurisdiction.of(YUZHONG);
      LocalizedText renamed = LocalizedText.of("渝中", "Yuzhong (renamed)");
      ParameterSet names = ParameterSet.empty().withPlaceName(place, renamed);

      ParameterSet named = ParameterSet.empty().withPlaceName(place, urbanLabel);

      assertThat(named.withOverrides(names).placeName(place)).contains(renamed);
      assertThat(names.withOverrides(named).placeName(place)).contains(urbanLabel);
      assertThat(ParameterSet.empty().withOverrides(names).placeName(place)).contains(renamed);
    }

    @Test
    void summarisesItsSizeInToString() {
      ParameterSet set =
          ParameterSet.empty()
              .withDefinition(urban("CNY/person/month", "new"))
              .withPlaceName(Jurisdiction.of(YUZHONG), urbanLabel)
              .withPlaceName(Jurisdiction.of(CHONGQING), urbanLabel);
      assertThat(set).hasToString("ParameterSet[1 parameters, 2 places]");
    }
  }

  static ParameterSet load(String json) {
    return ParameterSet.load(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
  }

  @Nested
  class Values {
    @Test
    void listEveryValueByPlaceAndDateNationalLast() {
      var values = ParameterSet.defaults().values("mlg.standard.urban");

      assertThat(values.keySet())
          .extracting(Jurisdiction::toString)
          .containsExactly("110000", "370100", "500000");
      assertThat(values.get(Jurisdiction.of(CHONGQING)))
          .extracting(v -> v.value().toString())
          .containsExactly("717.00 CNY", "735.00 CNY");
      assertThat(ParameterSet.defaults().values("priority.elderlyAge").firstKey())
          .isEqualTo(Jurisdiction.national());
    }

    @Test
    void areEmptyForAnUnknownParameter() {
      assertThat(ParameterSet.defaults().values("no.such.parameter")).isEmpty();
    }
  }

  @Nested
  class TheDaysAroundAnEffectiveDate {
    static final ParameterKey<Integer> AGE = ParameterKey.integer("a.b");
    static final String TWO_VALUES =
        ParameterFilesTest.VALID.replace(
            "}]}]}",
            "}, {\"jurisdiction\": \"national\", \"effectiveFrom\": \"2021-07-01\", \"value\": 18,"
                + " \"confidence\": \"CONFIRMED\","
                + " \"reference\": {\"document\": {\"zh\": \"文件\", \"en\": \"document\"}}}]}]}");

    Optional<Integer> on(String date) {
      return load(TWO_VALUES)
          .find(AGE, Jurisdiction.national(), LocalDate.parse(date))
          .map(ResolvedParameter::value);
    }

    @Test
    void haveNoValueBeforeTheFirstAndTheFirstFromItsOwnDay() {
      assertThat(on("2019-12-31")).isEmpty();
      assertThat(on("2020-01-01")).contains(16);
      assertThat(on("2020-01-02")).contains(16);
    }

    @Test
    void keepTheEarlierValueToTheDayBeforeTheNextAndTheNextFromItsOwnDay() {
      assertThat(on("2021-06-30")).contains(16);
      assertThat(on("2021-07-01")).contains(18);
      assertThat(on("2099-01-01")).contains(18);
    }
  }
}
