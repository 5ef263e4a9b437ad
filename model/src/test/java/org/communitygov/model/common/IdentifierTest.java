package org.communitygov.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.communitygov.model.common.InvalidValues.assertInvalid;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTest {
  static final long SEED = Long.getLong("communitygov.seed", 20261123L);

  static final class AlphaId extends Identifier {
    private static final long serialVersionUID = 1L;

    AlphaId(String value) {
      super("alphaId", value);
    }
  }

  static final class BetaId extends Identifier {
    private static final long serialVersionUID = 1L;

    BetaId(String value) {
      super("betaId", value);
    }
  }

  @Nested
  class Pattern {
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

    @TestFactory
    Stream<DynamicTest> acceptsExactlyWhatThePublishedPatternMatches() {
      java.util.regex.Pattern published = java.util.regex.Pattern.compile(Identifier.PATTERN);
      String valid = "aZ09._:-";
      String invalid = "/ \né甲";
      return LongStream.range(0, 20)
          .map(i -> SEED + i)
          .mapToObj(
              seed ->
                  DynamicTest.dynamicTest(
                      "seed " + seed,
                      () -> {
                        Random random = new Random(seed);
                        for (int n = 0; n < 500; n++) {
                          StringBuilder value = new StringBuilder();
                          int length =
                              random.nextBoolean() ? 62 + random.nextInt(5) : random.nextInt(6);
                          for (int i = 0; i < length; i++) {
                            String from = random.nextInt(40) == 0 ? invalid : valid;
                            value.append(from.charAt(random.nextInt(from.length())));
                          }
                          String text = value.toString();
                          assertThat(Identifier.matchesPattern(text))
                              .as("seed %d, value #%d %s", seed, n, text)
                              .isEqualTo(published.matcher(text).matches());
                        }
                      }));
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
}
