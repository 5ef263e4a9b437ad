package org.communitygov.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.communitygov.model.common.InvalidValues.assertInvalid;

import com.fasterxml.jackson.databind.ObjectMapper;
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

class SocialCreditCodeTest {
  static final String EXAMPLE = "91350100M000100Y43";
  static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  @Nested
  class Example {
    @Test
    void acceptsTheStandardsExample() {
      SocialCreditCode code = SocialCreditCode.parse(EXAMPLE);
      assertThat(code.registrationAuthority()).isEqualTo('9');
      assertThat(code.organizationType()).isEqualTo("91");
      assertThat(code.divisionDigits()).isEqualTo("350100");
      assertThat(code.organizationCode()).isEqualTo("M000100Y4");
      assertThat(code.value()).isEqualTo(EXAMPLE);
      assertThat(code.toString()).isEqualTo(EXAMPLE);
    }

    @Test
    void computesItsCheckCharacters() {
      assertThat(SocialCreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
      assertThat(SocialCreditCode.organizationCheckCharacter("M000100Y")).isEqualTo('4');
    }
  }

  @Nested
  class Nulls {
    @Test
    void rejectsNull() {
      assertThatNullPointerException()
          .isThrownBy(() -> SocialCreditCode.parse(null))
          .withMessage("text");
      assertThatNullPointerException()
          .isThrownBy(() -> SocialCreditCode.checkCharacter(null))
          .withMessage("first17");
    }
  }

  @Nested
  class Normalization {
    @Test
    void acceptsLowerCaseLettersAsUpperCase() {
      SocialCreditCode code = SocialCreditCode.parse("91350100m000100y43");
      assertThat(code.value()).isEqualTo(EXAMPLE);
      assertThat(code).isEqualTo(SocialCreditCode.parse(EXAMPLE));
      assertThat(SocialCreditCode.checkCharacter("91350100m000100y4")).isEqualTo('3');
    }
  }

  @Nested
  class Format {
    @ParameterizedTest
    @ValueSource(strings = {"", "91350100M000100Y4", "91350100M000100Y433", " 91350100M000100Y43"})
    void rejectsOtherLengths(String text) {
      assertInvalid("socialCreditCode.length", () -> SocialCreditCode.parse(text));
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V', 'i', 'o', 'z', 's', 'v', ' ', '-', '*', 'Ａ'})
    void rejectsCharactersOutsideTheSet(char c) {
      String text = EXAMPLE.substring(0, 8) + c + EXAMPLE.substring(9);
      assertInvalid("socialCreditCode.characters", () -> SocialCreditCode.parse(text));
    }

    @Test
    void refusesToComputeTheCheckFromOtherThanSeventeenCharacters() {
      assertInvalid("socialCreditCode.length", () -> SocialCreditCode.checkCharacter(EXAMPLE));
      assertInvalid(
          "socialCreditCode.characters",
          () -> SocialCreditCode.checkCharacter("91350100O000100Y4"));
    }
  }

  @Nested
  class Checks {
    @Test
    void rejectsCheckCharacterMismatch() {
      assertInvalid(
          "socialCreditCode.checkCharacter", () -> SocialCreditCode.parse("91350100M000100Y44"));
    }

    @Test
    void rejectsAnOrganizationCodeWhoseOwnCheckFails() {
      // Position 17 changed from 4 to 5, and the outer check recomputed: only GB 11714 fails.
      String first17 = "91350100M000100Y5";
      String text = first17 + SocialCreditCode.checkCharacter(first17);
      assertInvalid("socialCreditCode.organizationCode", () -> SocialCreditCode.parse(text));
    }

    @Test
    void mapsOrganizationChecksOfTenToXAndElevenToZero() {
      List<Character> seen = new ArrayList<>();
      Random random = new Random(7);
      while (!(seen.contains('X') && seen.contains('0'))) {
        seen.add(SocialCreditCode.organizationCheckCharacter(randomBody(random)));
      }
      assertThat(seen).allMatch(c -> Character.isDigit(c) || c == 'X');
    }
  }

  @Nested
  class GeneratedCodes {
    static final long SEED = 32100L;
    static final int COUNT = 2_000;

    @TestFactory
    Stream<DynamicTest> acceptsGeneratedCodesAndRejectsEverySingleCharacterCorruption() {
      List<String> codes = generate(SEED, COUNT);
      return IntStream.range(0, COUNT / 100)
          .mapToObj(
              batch ->
                  DynamicTest.dynamicTest(
                      "seed " + SEED + ", codes " + batch * 100 + "-" + (batch * 100 + 99),
                      () -> {
                        for (int i = batch * 100; i < batch * 100 + 100; i++) {
                          checkCode("seed " + SEED + ", code #" + i, codes.get(i));
                        }
                      }));
    }

    void checkCode(String where, String code) {
      SocialCreditCode parsed = SocialCreditCode.parse(code);
      assertThat(parsed.value()).as(where).isEqualTo(code);
      assertThat(SocialCreditCode.parse(parsed.toString())).as(where).isEqualTo(parsed);
      for (int position = 0; position < 18; position++) {
        for (char c : CHARSET.toCharArray()) {
          if (c == code.charAt(position)) {
            continue;
          }
          String corrupted = code.substring(0, position) + c + code.substring(position + 1);
          InvalidValueException e = null;
          try {
            SocialCreditCode.parse(corrupted);
          } catch (InvalidValueException thrown) {
            e = thrown;
          }
          assertThat(e).as("%s %s: corruption %s was accepted", where, code, corrupted).isNotNull();
          assertThat(e.code()).as(where).startsWith("socialCreditCode.");
        }
      }
    }
  }

  static String randomBody(Random random) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      body.append(CHARSET.charAt(random.nextInt(CHARSET.length())));
    }
    return body.toString();
  }

  /** Generates valid codes: authority, type, division digits, organization code, check. */
  static List<String> generate(long seed, int count) {
    String[] types = {"11", "12", "13", "19", "51", "52", "53", "59", "91", "92", "93", "Y1"};
    String[] divisions = {"110105", "350100", "440300", "500103", "100000"};
    Random random = new Random(seed);
    List<String> codes = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String body = randomBody(random);
      String first17 =
          types[random.nextInt(types.length)]
              + divisions[random.nextInt(divisions.length)]
              + body
              + SocialCreditCode.organizationCheckCharacter(body);
      codes.add(first17 + SocialCreditCode.checkCharacter(first17));
    }
    return codes;
  }

  @Nested
  class Equality {
    @Test
    void equalsByValue() {
      List<String> codes = generate(1, 2);
      SocialCreditCode a = SocialCreditCode.parse(codes.get(0));
      assertThat(a)
          .isEqualTo(SocialCreditCode.parse(codes.get(0)))
          .hasSameHashCodeAs(SocialCreditCode.parse(codes.get(0)))
          .isNotEqualTo(SocialCreditCode.parse(codes.get(1)))
          .isNotEqualTo(codes.get(0));
    }
  }

  @Nested
  class RoundTrip {
    @Test
    void parsesItsToString() {
      SocialCreditCode code = SocialCreditCode.parse(EXAMPLE);
      assertThat(SocialCreditCode.parse(code.toString())).isEqualTo(code);
    }

    @Test
    void writesAndReadsJsonAsAString() throws Exception {
      ObjectMapper mapper = new ObjectMapper();
      SocialCreditCode code = SocialCreditCode.parse(EXAMPLE);
      assertThat(mapper.writeValueAsString(code)).isEqualTo("\"" + EXAMPLE + "\"");
      assertThat(mapper.readValue("\"" + EXAMPLE + "\"", SocialCreditCode.class)).isEqualTo(code);
    }

    @Test
    void isNotJavaSerializable() {
      var out = new java.io.ByteArrayOutputStream();
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  new java.io.ObjectOutputStream(out).writeObject(SocialCreditCode.parse(EXAMPLE)))
          .isInstanceOf(java.io.NotSerializableException.class);
    }
  }
}
