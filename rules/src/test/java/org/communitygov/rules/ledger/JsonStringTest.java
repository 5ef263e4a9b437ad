package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A JSON string's body written in one pass (ADR 0111) is the bytes the plain way writes, char by
 * char: escapes where JSON needs them, U+007F, U+2028 and U+2029 as they are, pairs of surrogates
 * as four bytes and an unpaired one as {@code ?}.
 */
class JsonStringTest {
  /** The kinds of character the strings are made of, each picked as often. */
  private static final int[][] RANGES = {
    {0x20, 0x7f}, // printable ASCII
    {0x00, 0x20}, // control characters
    {'"', '"' + 1},
    {'\\', '\\' + 1},
    {0x7f, 0x80}, // DEL
    {0x80, 0x800}, // two bytes of UTF-8
    {0x2028, 0x202a}, // the line and paragraph separators
    {0x4e00, 0xa000}, // CJK
    {0xff00, 0x10000}, // full-width forms and the BMP's last chars
    {0xd83d, 0xd83e}, // the high surrogate of most emoji, alone or paired
    {0xd800, 0xdc00}, // a high surrogate
    {0xdc00, 0xe000}, // a low surrogate alone
  };

  static String randomText(SplittableRandom random, int length) {
    return CanonicalWriterStringTest.randomText(random, RANGES, length);
  }

  /** What {@link JsonString#write} writes for a whole string, in quotes, after {@code at} bytes. */
  static byte[] body(String s, int at) {
    char[] cs = s.toCharArray();
    byte[] out = new byte[at + JsonString.MAX_BYTES_PER_CHAR * cs.length + 2];
    out[at] = '"';
    int end = JsonString.write(cs, 0, cs.length, out, at + 1);
    out[end] = '"';
    return Arrays.copyOfRange(out, at, end + 1);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {3, 2028, 20261203})
  void writesEveryStringAsThePlainWayDoes(long seed) {
    System.out.println("JsonStringTest seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 5_000; i++) {
      String value = randomText(random, random.nextInt(4) == 0 ? random.nextInt(200) : 12);
      assertThat(body(value, random.nextInt(8)))
          .as("text %s", value.chars().mapToObj(Integer::toHexString).toList())
          .isEqualTo(CanonicalWriterStringTest.plain(value));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {8, 20261203})
  void writesLongStringsInPartsWithAPairAcrossAPartsEndAsThePlainWayDoes(long seed) {
    System.out.println("JsonStringTest seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    String emoji = "\uD83D\uDE00";
    for (int i = 0; i < 60; i++) {
      // a pair, a lone high surrogate (then maybe a pair) or a CJK char around each part's end
      String filler = "a".repeat(1020 + random.nextInt(8));
      String[] edges = {emoji, "\uD83D", "\uD83D" + emoji, "\uDE00", "長"};
      String edge = edges[random.nextInt(edges.length)];
      String value = (filler + edge).repeat(1 + random.nextInt(4)) + randomText(random, 40);
      assertThat(CanonicalWriterStringTest.written("", value))
          .as("text of %d chars", value.length())
          .isEqualTo(CanonicalWriterStringTest.plain(value));
    }
  }

  @Test
  void writesTheCharsJsonNeedsNotEscapeAsUtf8() {
    String text = "\u007f\u2028\u2029 服务记录 R18（0.31 小时）\uD83D\uDE00é";
    assertThat(body(text, 0))
        .isEqualTo(("\"" + text + "\"").getBytes(StandardCharsets.UTF_8))
        .isEqualTo(CanonicalWriterStringTest.plain(text));
  }

  @Test
  void writesUnpairedSurrogatesAsAQuestionMarkAsTheJdkDoes() {
    for (String text : new String[] {"\uD83D", "a\uDE00b", "\uDE00\uD83D", "\uD83D\uD83D\uDE00"}) {
      assertThat(body(text, 0))
          .isEqualTo(("\"" + text + "\"").getBytes(StandardCharsets.UTF_8))
          .isEqualTo(CanonicalWriterStringTest.plain(text));
    }
  }

  @Test
  void writesEveryControlCharQuoteAndBackslashEscaped() {
    for (char c = 0; c < 0x80; c++) {
      String text = String.valueOf(c);
      assertThat(body(text, 0))
          .as("char %x", (int) c)
          .isEqualTo(CanonicalWriterStringTest.plain(text));
    }
    assertThat(new String(body("\b\f\n\r\t\u0000\u001f\"\\", 0), StandardCharsets.US_ASCII))
        .isEqualTo("\"\\b\\f\\n\\r\\t\\u0000\\u001f\\\"\\\\\"");
  }

  /** What {@link JsonString#quoted} writes for a whole string after {@code at} bytes. */
  static byte[] quoted(String s, int at) {
    char[] cs = new char[s.length() + 3];
    byte[] out = new byte[at + JsonString.MAX_BYTES_PER_CHAR * s.length() + 2];
    int end = JsonString.quoted(s, cs, out, at);
    return Arrays.copyOfRange(out, at, end);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {29, 20261203})
  void writesAQuotedStringAsThePlainWayDoesWhereverItsFirstOddCharIs(long seed) {
    System.out.println("JsonStringTest quoted seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 5_000; i++) {
      // plain ASCII, then perhaps one char of any kind, then any text
      String ascii =
          CanonicalWriterStringTest.randomText(
              random, new int[][] {{0x20, 0x7f}}, random.nextInt(30));
      String rest = random.nextInt(4) == 0 ? "" : randomText(random, random.nextInt(20));
      String value = ascii + rest;
      assertThat(quoted(value, random.nextInt(8)))
          .as("text %s", value.chars().mapToObj(Integer::toHexString).toList())
          .isEqualTo(CanonicalWriterStringTest.plain(value));
    }
  }

  @Test
  void writesEveryCharAloneOrAfterPlainLettersAsThePlainWayDoes() {
    for (char c = 0; c < 0xffff; c++) {
      for (String text : new String[] {String.valueOf(c), "ab" + c, "ab" + c + "cd"}) {
        if (!Arrays.equals(quoted(text, 1), CanonicalWriterStringTest.plain(text))) {
          assertThat(quoted(text, 1))
              .as("char %x", (int) c)
              .isEqualTo(CanonicalWriterStringTest.plain(text));
        }
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {31, 20261203})
  void writesAnIdentifiersValueAsThePlainWayDoes(long seed) {
    System.out.println("JsonStringTest identifier seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 5_000; i++) {
      String value =
          org.communitygov.model.ledger.AccountId.of(TransactionBytesTest.id(random)).value();
      int at = random.nextInt(8);
      byte[] out = new byte[at + value.length() + 2];
      assertThat(JsonString.identifier(value, out, at)).isEqualTo(out.length);
      assertThat(Arrays.copyOfRange(out, at, out.length))
          .as(value)
          .isEqualTo(CanonicalWriterStringTest.plain(value));
    }
  }
}
