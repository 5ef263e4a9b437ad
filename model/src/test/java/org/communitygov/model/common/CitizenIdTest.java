package org.communitygov.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.communitygov.model.common.InvalidValues.assertInvalidWithoutValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitizenIdTest {
  static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
  static final String FEMALE_1949 = "11010519491231002X";
  static final String MALE_1880 = "440524188001010014";

  /** Completes 17 digits with their check character. */
  static String withCheck(String first17) {
    return first17 + CitizenId.checkCharacter(first17);
  }

  @Nested
  class WorkedExamples {
    @Test
    void acceptsTheFemaleBornIn1949() {
      CitizenId id = CitizenId.parse(FEMALE_1949, TODAY);
      assertThat(id.region()).isEqualTo(DivisionCode.parse("110105"));
      assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
      assertThat(id.sex()).isEqualTo(Sex.FEMALE);
      assertThat(id.unmaskedValue()).isEqualTo(FEMALE_1949);
    }

    @Test
    void acceptsTheMaleBornIn1880() {
      CitizenId id = CitizenId.parse(MALE_1880, TODAY);
      assertThat(id.region()).isEqualTo(DivisionCode.parse("440524"));
      assertThat(id.birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
      assertThat(id.sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void computesTheirCheckCharacters() {
      assertThat(CitizenId.checkCharacter("11010519491231002")).isEqualTo('X');
      assertThat(CitizenId.checkCharacter("44052418800101001")).isEqualTo('4');
    }

    @Test
    void acceptsThemWithTodaysDateInChina() {
      assertThat(CitizenId.parse(FEMALE_1949)).isEqualTo(CitizenId.parse(FEMALE_1949, TODAY));
    }
  }

  @Nested
  class Nulls {
    @Test
    void rejectsNullText() {
      assertThatNullPointerException().isThrownBy(() -> CitizenId.parse(null)).withMessage("text");
      assertThatNullPointerException()
          .isThrownBy(() -> CitizenId.parse(null, TODAY))
          .withMessage("text");
    }

    @Test
    void rejectsNullToday() {
      assertThatNullPointerException()
          .isThrownBy(() -> CitizenId.parse(FEMALE_1949, null))
          .withMessage("today");
    }

    @Test
    void rejectsNullLegacyNumberAndNullCheckInput() {
      assertThatNullPointerException()
          .isThrownBy(() -> CitizenId.fromLegacy(null))
          .withMessage("fifteenDigits");
      assertThatNullPointerException()
          .isThrownBy(() -> CitizenId.checkCharacter(null))
          .withMessage("first17Digits");
    }
  }

  @Nested
  class Normalization {
    @Test
    void acceptsLowerCaseXAsUpperCase() {
      CitizenId id = CitizenId.parse("11010519491231002x", TODAY);
      assertThat(id.unmaskedValue()).isEqualTo(FEMALE_1949);
      assertThat(id).isEqualTo(CitizenId.parse(FEMALE_1949, TODAY));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          " 11010519491231002X",
          "11010519491231002X ",
          "110105 19491231002X",
          "110105\t19491231002X",
          "11010519491231002X\n",
          "110105\u00a019491231002X",
          "110105\u300019491231002X"
        })
    void rejectsWhitespaceAnywhere(String text) {
      assertInvalidWithoutValue(
          "citizenId.whitespace", FEMALE_1949, () -> CitizenId.parse(text, TODAY));
    }
  }

  @Nested
  class Length {
    @ParameterizedTest
    @ValueSource(strings = {"", "1", "11010519491231002", "11010519491231002X0", "11010519491231"})
    void rejectsOtherLengths(String text) {
      assertInvalidWithoutValue("citizenId.length", text, () -> CitizenId.parse(text, TODAY));
    }

    @Test
    void rejectsFifteenCharactersThatAreNotDigitsAsLength() {
      assertInvalidWithoutValue(
          "citizenId.length", "11010549123100X", () -> CitizenId.parse("11010549123100X", TODAY));
    }
  }

  @Nested
  class Characters {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "1101051949123100XX",
          "11010519491231002Y",
          "A1010519491231002X",
          "110105194912-1002X",
          "１１010519491231002X"
        })
    void rejectsNonDigits(String text) {
      assertInvalidWithoutValue("citizenId.characters", text, () -> CitizenId.parse(text, TODAY));
    }
  }

  @Nested
  class Legacy {
    @Test
    void rejectsFifteenDigitsInParsePointingToFromLegacy() {
      InvalidValueException e =
          assertInvalidWithoutValue(
              "citizenId.legacy15", FEMALE_1949, () -> CitizenId.parse("110105491231002", TODAY));
      assertThat(e.getMessage()).contains("fromLegacy").doesNotContain("491231");
    }

    @Test
    void convertsFifteenDigitsByInsertingTheCenturyAndComputingTheCheck() {
      CitizenId id = CitizenId.fromLegacy("110105491231002");
      assertThat(id).isEqualTo(CitizenId.parse(FEMALE_1949, TODAY));
      assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void rejectsLegacyNumbersOfOtherShapes() {
      assertInvalidWithoutValue("citizenId.length", "", () -> CitizenId.fromLegacy(FEMALE_1949));
      assertInvalidWithoutValue(
          "citizenId.characters", "", () -> CitizenId.fromLegacy("11010549123100X"));
      assertInvalidWithoutValue(
          "citizenId.whitespace", "", () -> CitizenId.fromLegacy("110105 49123100"));
    }

    @Test
    void rejectsLegacyNumbersWithAnImpossibleDate() {
      assertInvalidWithoutValue(
          "citizenId.birthDate", "", () -> CitizenId.fromLegacy("110105490230002"));
    }
  }

  @Nested
  class Region {
    @ParameterizedTest
    @ValueSource(strings = {"000000", "990105", "100105", "200000"})
    void rejectsRegionsThatAreNotDivisionCodes(String region) {
      String text = withCheck(region + "19491231002");
      assertInvalidWithoutValue("citizenId.region", text, () -> CitizenId.parse(text, TODAY));
    }

    @Test
    void acceptsRegionsOfAbolishedOrUnknownCounties() {
      assertThat(CitizenId.parse(withCheck("11019919491231002"), TODAY).region())
          .isEqualTo(DivisionCode.parse("110199"));
    }
  }

  @Nested
  class BirthDate {
    @ParameterizedTest
    @ValueSource(strings = {"19490230", "19490229", "19001329", "19000229", "19491200", "00000000"})
    void rejectsDatesNotInTheCalendar(String date) {
      String text = withCheck("110105" + date + "002");
      assertInvalidWithoutValue("citizenId.birthDate", text, () -> CitizenId.parse(text, TODAY));
    }

    @Test
    void acceptsLeapDays() {
      assertThat(CitizenId.parse(withCheck("11010520000229002"), TODAY).birthDate())
          .isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @Test
    void rejectsDatesBefore1800() {
      String text = withCheck("11010517991231002");
      assertInvalidWithoutValue("citizenId.birthDate", text, () -> CitizenId.parse(text, TODAY));
    }

    @Test
    void accepts1800AsTheEarliestYear() {
      assertThat(CitizenId.parse(withCheck("11010518000101002"), TODAY).birthDate())
          .isEqualTo(LocalDate.of(1800, 1, 1));
    }

    @Test
    void acceptsBirthToday() {
      assertThat(CitizenId.parse(withCheck("11010520250615002"), TODAY).birthDate())
          .isEqualTo(TODAY);
    }

    @Test
    void rejectsBirthAfterToday() {
      String text = withCheck("11010520250616002");
      assertInvalidWithoutValue(
          "citizenId.birthDateInFuture", text, () -> CitizenId.parse(text, TODAY));
    }
  }

  @Nested
  class CheckCharacter {
    @ParameterizedTest
    @ValueSource(chars = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9'})
    void rejectsCheckCharacterMismatch(char wrong) {
      String text = FEMALE_1949.substring(0, 17) + wrong;
      assertInvalidWithoutValue(
          "citizenId.checkCharacter", text, () -> CitizenId.parse(text, TODAY));
    }

    @Test
    void rejectsSwappedDigits() {
      String text = "11010519491231020X";
      assertInvalidWithoutValue(
          "citizenId.checkCharacter", text, () -> CitizenId.parse(text, TODAY));
    }

    @Test
    void refusesToComputeFromOtherThanSeventeenDigits() {
      assertInvalidWithoutValue("citizenId.length", "", () -> CitizenId.checkCharacter("1101"));
      assertInvalidWithoutValue(
          "citizenId.characters", "", () -> CitizenId.checkCharacter("1101051949123100X"));
    }
  }

  @Nested
  class Sexes {
    @Test
    void derivesSexFromTheParityOfTheSeventeenthDigit() {
      for (int digit = 0; digit <= 9; digit++) {
        CitizenId id = CitizenId.parse(withCheck("1101051949123100" + digit), TODAY);
        assertThat(id.sex()).isEqualTo(digit % 2 == 1 ? Sex.MALE : Sex.FEMALE);
      }
    }
  }

  @Nested
  class Masking {
    @Test
    void masksTheBirthDateAndSequenceInToStringAndMasked() {
      CitizenId id = CitizenId.parse(FEMALE_1949, TODAY);
      assertThat(id.masked()).isEqualTo("110105********002X");
      assertThat(id.toString()).isEqualTo("110105********002X").doesNotContain("19491231");
    }

    @Test
    void hasNoPathToTheRawValueOtherThanUnmaskedValue() {
      assertThat(java.io.Serializable.class.isAssignableFrom(CitizenId.class)).isFalse();
      assertThat(CitizenId.class.getAnnotation(Sensitive.class).value())
          .isEqualTo(SensitiveCategory.IDENTITY_NUMBER);
    }
  }

  @Nested
  class Equality {
    @Test
    void equalsByValue() {
      CitizenId a = CitizenId.parse(FEMALE_1949, TODAY);
      CitizenId b = CitizenId.parse("11010519491231002x", TODAY);
      CitizenId c = CitizenId.parse(MALE_1880, TODAY);
      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c).isNotEqualTo(FEMALE_1949);
    }
  }

  @Nested
  class RoundTrip {
    @Test
    void parsesItsUnmaskedValue() {
      CitizenId id = CitizenId.parse(MALE_1880, TODAY);
      assertThat(CitizenId.parse(id.unmaskedValue(), TODAY)).isEqualTo(id);
    }

    @Test
    void writesAndReadsJsonAsTheRawString() throws Exception {
      ObjectMapper mapper = new ObjectMapper();
      CitizenId id = CitizenId.parse(FEMALE_1949, TODAY);
      String json = mapper.writeValueAsString(id);
      assertThat(json).isEqualTo("\"11010519491231002X\"");
      assertThat(mapper.readValue(json, CitizenId.class)).isEqualTo(id);
    }
  }

  @Nested
  class GeneratedNumbers {
    static final long SEED = 20250615L;
    static final int COUNT = 2_000;
    static final int BATCH = 100;
    static final String[] REGIONS = {
      "110101", "110105", "120104", "130102", "140105", "150102", "210102", "220102", "230103",
      "310115", "320106", "330106", "340104", "350102", "360102", "370202", "410105", "420106",
      "430104", "440106", "440305", "440524", "450103", "460106", "500103", "500233", "510104",
      "520102", "530102", "540102", "610113", "620102", "630102", "640104", "650102"
    };
    static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);

    /** Generates valid numbers: a real region, a birth date up to today, a sequence, the check. */
    static List<String> generate(long seed, int count) {
      Random random = new Random(seed);
      long days = TODAY.toEpochDay() - EARLIEST.toEpochDay();
      List<String> numbers = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        String region = REGIONS[random.nextInt(REGIONS.length)];
        LocalDate birth = EARLIEST.plusDays(random.nextInt((int) days + 1));
        String first17 =
            region
                + String.format(
                    "%04d%02d%02d%03d",
                    birth.getYear(),
                    birth.getMonthValue(),
                    birth.getDayOfMonth(),
                    random.nextInt(1000));
        numbers.add(withCheck(first17));
      }
      return numbers;
    }

    static List<String> corruptions(String number) {
      List<String> corrupted = new ArrayList<>();
      for (int position = 0; position < 18; position++) {
        String allowed = position < 17 ? "0123456789" : "0123456789X";
        for (char c : allowed.toCharArray()) {
          if (c != number.charAt(position)) {
            corrupted.add(number.substring(0, position) + c + number.substring(position + 1));
          }
        }
      }
      return corrupted;
    }

    @TestFactory
    Stream<DynamicTest> acceptsGeneratedNumbersAndRejectsEverySingleCharacterCorruption() {
      List<String> numbers = generate(SEED, COUNT);
      return IntStream.range(0, COUNT / BATCH)
          .mapToObj(
              batch ->
                  DynamicTest.dynamicTest(
                      "seed "
                          + SEED
                          + ", numbers "
                          + batch * BATCH
                          + "-"
                          + (batch * BATCH + BATCH - 1),
                      () -> {
                        for (int i = batch * BATCH; i < batch * BATCH + BATCH; i++) {
                          checkNumber(i, numbers.get(i));
                        }
                      }));
    }

    void checkNumber(int index, String number) {
      String where = "seed " + SEED + ", number #" + index + " " + number;
      CitizenId id = CitizenId.parse(number, TODAY);
      assertThat(id.unmaskedValue()).as(where).isEqualTo(number);
      assertThat(id.birthDate())
          .as(where)
          .isEqualTo(
              LocalDate.parse(
                  number.substring(6, 10)
                      + "-"
                      + number.substring(10, 12)
                      + "-"
                      + number.substring(12, 14)));
      assertThat(id.sex())
          .as(where)
          .isEqualTo((number.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE);
      assertThat(id.toString()).as(where).doesNotContain(number.substring(6, 14));
      assertThat(CitizenId.parse(id.unmaskedValue(), TODAY)).as(where).isEqualTo(id);
      for (String corrupted : corruptions(number)) {
        InvalidValueException e = null;
        try {
          CitizenId.parse(corrupted, TODAY);
        } catch (InvalidValueException thrown) {
          e = thrown;
        }
        assertThat(e).as("%s: corruption %s was accepted", where, corrupted).isNotNull();
        assertThat(e.code()).as(where).startsWith("citizenId.");
        assertThat(e.getMessage())
            .as(where)
            .doesNotContain(number.substring(6, 14))
            .doesNotContain(corrupted.substring(6, 14))
            .doesNotContainPattern("[0-9]{5,}");
      }
    }

    @Test
    void generatesTheSameNumbersForTheSameSeed() {
      assertThat(generate(SEED, 10)).isEqualTo(generate(SEED, 10)).doesNotHaveDuplicates();
    }
  }
}
