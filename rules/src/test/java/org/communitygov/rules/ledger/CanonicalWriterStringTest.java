package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The writer's strings, encoded in bulk and escaped where a byte needs it (ADR 0108), are the bytes
 * the plain way writes: character by character, escaping what JSON requires and encoding the rest
 * in UTF-8, an unpaired surrogate as {@code ?}.
 */
class CanonicalWriterStringTest {
  /** The kinds of character the strings are made of, each picked as often. */
  private static final int[][] RANGES = {
    {0x20, 0x7f}, // printable ASCII
    {0x00, 0x20}, // control characters
    {'"', '"' + 1},
    {'\\', '\\' + 1},
    {0x7f, 0xa0}, // DEL and the C1 controls, not escaped
    {0xa0, 0x100}, // the rest of Latin-1
    {0x100, 0x800}, // two bytes of UTF-8
    {0x4e00, 0xa000}, // CJK
    {0xe000, 0x10000}, // the rest of the BMP after the surrogates
    {0xd800, 0xdc00}, // a high surrogate, alone or paired
    {0xdc00, 0xe000}, // a low surrogate alone
  };

  /** The plain way: what the writer wrote before ADR 0108, char by char. */
  static byte[] plain(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.write('\\');
        out.write(c);
      } else if (c < 0x20) {
        String escape =
            switch (c) {
              case '\b' -> "\\b";
              case '\f' -> "\\f";
              case '\n' -> "\\n";
              case '\r' -> "\\r";
              case '\t' -> "\\t";
              default -> String.format("\\u%04x", (int) c);
            };
        out.writeBytes(escape.getBytes(StandardCharsets.US_ASCII));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.writeBytes(s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8));
        i++;
      } else if (Character.isSurrogate(c)) {
        out.write('?');
      } else {
        out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    out.write('"');
    return out.toByteArray();
  }

  static String randomText(SplittableRandom random) {
    int n = random.nextInt(4) == 0 ? random.nextInt(300) : random.nextInt(24);
    return randomText(random, RANGES, n);
  }

  /** A text of {@code n} chars picked from ranges, each as often, a high surrogate often paired. */
  static String randomText(SplittableRandom random, int[][] ranges, int n) {
    StringBuilder text = new StringBuilder();
    for (int j = 0; j < n; j++) {
      int[] range = ranges[random.nextInt(ranges.length)];
      char c = (char) random.nextInt(range[0], range[1]);
      text.append(c);
      if (Character.isHighSurrogate(c) && random.nextBoolean()) {
        text.append((char) random.nextInt(0xdc00, 0xe000)); // a pair, often
      }
    }
    return text.toString();
  }

  static byte[] written(String pad, String value) {
    CanonicalWriter w = new CanonicalWriter().begin().field("p", pad).name("s");
    int from = w.length();
    w.beginArrayValue().element(value).endArray();
    byte[] bytes = w.bytes();
    return Arrays.copyOfRange(bytes, from + 1, bytes.length - 1);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 20261202, 9_007_199_254_740_993L})
  void writesEveryStringAsThePlainWayDoesWhereverTheArrayEnds(long seed) {
    System.out.println("CanonicalWriterStringTest seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 5_000; i++) {
      String value = randomText(random);
      String pad = "x".repeat(random.nextInt(600));
      assertThat(written(pad, value))
          .as(
              "text %s after %d bytes",
              value.chars().mapToObj(Integer::toHexString).toList(), pad.length())
          .isEqualTo(plain(value));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {5, 20261202})
  void writesAStringOfEscapesOnlyOrOfPlainLettersOnlyAsThePlainWayDoes(long seed) {
    System.out.println("CanonicalWriterStringTest seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 500; i++) {
      StringBuilder escapes = new StringBuilder();
      StringBuilder letters = new StringBuilder();
      for (int j = random.nextInt(400); j > 0; j--) {
        escapes.append((char) (random.nextBoolean() ? random.nextInt(0x20) : '"'));
        letters.append((char) random.nextInt(0x20, 0x100));
      }
      for (String value : new String[] {escapes.toString(), letters.toString()}) {
        assertThat(written("", value)).isEqualTo(plain(value));
      }
    }
  }
}
