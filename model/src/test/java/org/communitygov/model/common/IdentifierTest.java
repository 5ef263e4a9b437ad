package org.communitygov.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.communitygov.model.common.InvalidValues.assertInvalid;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTest {
  static final class AlphaId extends Identifier {
    AlphaId(String value) {
      super("alphaId", value);
    }
  }

  static final class BetaId extends Identifier {
    BetaId(String value) {
      super("betaId", value);
    }
  }

  @Nested
  class Pattern {
    static final long SEED = Long.getLong("communitygov.seed", 20261123L);
    static final String ALPHABET = "aZ09._:-/ \n\u00e9\u4e00+";

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {0, 1, 2})
    void agreesWithTheRegularExpressionOnRandomStrings(long offset) {
      java.util.Random random = new java.util.Random(SEED + offset);
      java.util.regex.Pattern regex = java.util.regex.Pattern.compile(Identifier.PATTERN);
      for (int i = 0; i < 20_000; i++) {
        StringBuilder value = new StringBuilder();
        int length = random.nextInt(68);
        for (int k = 0; k < length; k++) {
          value.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        String text = value.toString();
        boolean accepted;
        try {
          new AlphaId(text);
          accepted = true;
        } catch (InvalidValueException e) {
          accepted = false;
        }
        assertThat(accepted)
            .as("seed %d, string #%d %s", SEED + offset, i, text)
            .isEqualTo(regex.matcher(text).matches());
      }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Z", "7", "P-2024-0001", "urn:x.y_z", "a.b:c_d-e"})
    void acceptsLettersDigitsAndPunctuation(String value) {
      assertThat(new AlphaId(value).value()).isEqualTo(value);
    }

    @Test
    void acceptsSixtyFourCharactersAndRejectsSixtyFive() {
      assertThat(new AlphaId("a".repeat(64)).value()).hasSize(64);
      assertInvalid("alphaId.pattern", () -> new AlphaId("a".repeat(65)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-a", ".a", "_a", ":a", "a b", " a", "a/b", "甲", "a\n"})
    void rejectsOtherValues(String value) {
      assertInvalid("alphaId.pattern", () -> new AlphaId(value));
    }

    @Test
    void rejectsNullNamingTheAttribute() {
      assertThatNullPointerException().isThrownBy(() -> new AlphaId(null)).withMessage("alphaId");
    }
  }

  @Nested
  class Equality {
    @Test
    void equalsOnlyTheSameTypeAndValue() {
      assertThat(new AlphaId("x"))
          .isEqualTo(new AlphaId("x"))
          .hasSameHashCodeAs(new AlphaId("x"))
          .isNotEqualTo(new AlphaId("y"))
          .isNotEqualTo(new BetaId("x"))
          .isNotEqualTo("x");
    }

    @Test
    void ordersByTypeThenValue() {
      List<Identifier> sorted =
          List.<Identifier>of(new BetaId("a"), new AlphaId("b"), new AlphaId("a")).stream()
              .sorted()
              .toList();
      assertThat(sorted).containsExactly(new AlphaId("a"), new AlphaId("b"), new BetaId("a"));
    }

    @Test
    void printsTheValue() {
      assertThat(new AlphaId("P-1").toString()).isEqualTo("P-1");
    }
  }

  @Nested
  class Masking {
    @ParameterizedTest
    @CsvSource({
      "500103196807020310, 500103********0310",
      "11010519491231002X, 110105********002X",
      "11010519491231002x, 110105********002x",
      "110105491231002, 110105********1002",
      "13800138000, 138****8000",
      "8613800138000, 861****8000",
      "P-500103196807020310, P-500103********0310",
      "tel:13800138000.home, tel:138****8000.home",
      "5001031968070203101e2147483648, 500103********3101e2147483648",
      "13800138000-500103196807020310, 138****8000-500103********0310"
    })
    void masksEveryRunOfElevenOrMoreDigitsInToStringButNotInValue(String value, String masked) {
      AlphaId id = new AlphaId(value);

      assertThat(id.toString()).isEqualTo(masked).isEqualTo(id.masked());
      assertThat(id.value()).isEqualTo(value);
      assertThat(Identifier.mask(value)).isEqualTo(masked);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"P0001", "H-2026-000123", "1380013800", "a1234567890b12", "X1234567890"})
    void leavesShorterRunsOfDigitsAlone(String value) {
      assertThat(new AlphaId(value).toString()).isEqualTo(value);
    }

    @Test
    void masksFreeTextThatMayHoldAnIdentifier() {
      assertThat(Identifier.mask("persons 13800138000 and 500103196807020310 are both head"))
          .isEqualTo("persons 138****8000 and 500103********0310 are both head");
      assertThat(Identifier.mask("")).isEmpty();
    }

    @Test
    void showsAtMostTenDigitsOfAnyRun() {
      java.util.Random random = new java.util.Random(20261202L);
      for (int i = 0; i < 2_000; i++) {
        StringBuilder digits = new StringBuilder();
        int length = 11 + random.nextInt(50);
        for (int k = 0; k < length; k++) {
          digits.append((char) ('0' + random.nextInt(10)));
        }
        String masked = new AlphaId(digits.toString()).toString();
        assertThat(masked)
            .as("seed 20261202, value #%d", i)
            .doesNotContainPattern("[0-9]{7}")
            .contains("****");
      }
    }
  }
}
