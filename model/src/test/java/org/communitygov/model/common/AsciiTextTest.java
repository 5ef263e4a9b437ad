package org.communitygov.model.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written syntax checks agree with the regular expressions they replace, on examples and
 * on seeded random text near the accepted forms (each case's seed is in its name; {@code
 * -Dcommunitygov.seed=<seed>} reruns it).
 */
class AsciiTextTest {
  static final long SEED = Long.getLong("communitygov.seed", 20261123L);
  static final Pattern PLAIN_DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
  static final Pattern UPPER_CASE_LETTERS = Pattern.compile("[A-Z]*");

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0", "7", "10", "123.45", "-0.50", "0.0", "1.000", "90071992547"})
  void acceptsPlainDecimals(String text) {
    assertThat(AsciiText.isPlainDecimal(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "-", ".", "1.", ".5", "-.5", "01", "-01", "00.1", "+1", "1e3", "1.2.3", " 1", "1 ",
        "1,5", "１"
      })
  void rejectsEverythingElseAsPlainDecimal(String text) {
    assertThat(AsciiText.isPlainDecimal(text)).isFalse();
  }

  @TestFactory
  Stream<DynamicTest> agreesWithTheRegularExpressionsOnRandomText() {
    return LongStream.range(0, 20)
        .map(i -> SEED + i)
        .mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> check(seed)));
  }

  private static void check(long seed) {
    Random random = new Random(seed);
    String alphabet = "0123456789.-+ eAZaé";
    for (int n = 0; n < 1_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(7);
      for (int i = 0; i < length; i++) {
        // Mostly digits, so that valid decimals come up often.
        int limit = random.nextInt(3) == 0 ? alphabet.length() : 12;
        text.append(alphabet.charAt(random.nextInt(limit)));
      }
      String s = text.toString();
      assertThat(AsciiText.isPlainDecimal(s))
          .as("seed %d, text #%d \"%s\"", seed, n, s)
          .isEqualTo(PLAIN_DECIMAL.matcher(s).matches());
      assertThat(AsciiText.isUpperCaseLetters(s))
          .as("seed %d, text #%d \"%s\"", seed, n, s)
          .isEqualTo(UPPER_CASE_LETTERS.matcher(s).matches());
    }
  }
}
