package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Unit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON text {@link CanonicalWriter} produces: RFC 8785 string escapes (only the ones JSON
 * requires, short forms where JSON has them, lower-case six-character escapes for the other control
 * characters) and separators. Entries cannot hold control characters (the model refuses them), so
 * the golden entry files do not reach these escapes; the proofs' free-text entry name can.
 */
class CanonicalWriterTest {
  static String string(String value) {
    return new CanonicalWriter().begin().field("s", value).end().text();
  }

  @Nested
  class Strings {
    @Test
    void encodeAnUnpairedSurrogateAsTheJdkDoes() {
      String odd = "a\ud800b\udc00中";
      byte[] written = new CanonicalWriter().begin().field("s", odd).end().bytes();
      assertThat(written).isEqualTo(("{\"s\":\"" + odd + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 20261202})
    void encodeMixedTextAsTheJdkDoesWhateverTheCharacters(long seed) {
      System.out.println("CanonicalWriterTest mixed text seed " + seed);
      SplittableRandom random = new SplittableRandom(seed);
      char[] kinds = {'a', 'é', '中', '\ud83d', '\ude00', '"', '\n', 'ᄀ'};
      for (int i = 0; i < 2000; i++) {
        StringBuilder text = new StringBuilder();
        int n = random.nextInt(40);
        for (int j = 0; j < n; j++) {
          char kind = kinds[random.nextInt(kinds.length)];
          text.append(kind == 'a' ? (char) random.nextInt(0x20, 0x80) : kind);
          if (kind == '\ud83d' && random.nextBoolean()) {
            text.append((char) random.nextInt(0xdc00, 0xe000)); // a pair, often
          }
        }
        String value = text.toString();
        String escaped = value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        assertThat(new CanonicalWriter().begin().field("s", value).end().bytes())
            .as("text %s", value.chars().mapToObj(Integer::toHexString).toList())
            .isEqualTo(("{\"s\":\"" + escaped + "\"}").getBytes(StandardCharsets.UTF_8));
      }
    }

    @Test
    void escapeQuotesBackslashesAndControlCharactersAsRfc8785() {
      assertThat(string("\"\\")).isEqualTo("{\"s\":\"\\\"\\\\\"}");
      assertThat(string("\b\f\n\r\t")).isEqualTo("{\"s\":\"\\b\\f\\n\\r\\t\"}");
      assertThat(string("\u0000\u0001\u000b\u001f"))
          .isEqualTo("{\"s\":\"\\u0000\\u0001\\u000b\\u001f\"}");
    }

    @Test
    void leaveEveryOtherCharacterAsItIs() {
      String plain = " /~\u007f\u00e9中\u2028";
      assertThat(string(plain)).isEqualTo("{\"s\":\"" + plain + "\"}");
    }

    @Test
    void readBackAsTheSameTextForEveryCharacterBelowTwoHundredAndFiftySix() throws IOException {
      StringBuilder all = new StringBuilder();
      for (char c = 0; c < 256; c++) {
        all.append(c);
      }
      byte[] json = string(all.toString()).getBytes(StandardCharsets.UTF_8);
      JsonNode node = JsonFields.JSON.readTree(json);
      assertThat(node.get("s").textValue()).isEqualTo(all.toString());
    }
  }

  @Nested
  class NumbersAndDates {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 20261202})
    void writeDecimalsAsAmountsAndDatesAsLocalDateDo(long seed) {
      System.out.println("CanonicalWriterTest seed " + seed);
      SplittableRandom random = new SplittableRandom(seed);
      for (int i = 0; i < 2000; i++) {
        Unit unit = List.of(Unit.CNY, Unit.HOUR, Unit.POINT).get(random.nextInt(3));
        long minor = random.nextLong(-Amount.MAX_MINOR, Amount.MAX_MINOR + 1) >> random.nextInt(50);
        Amount amount = Amount.ofMinor(unit, minor);
        LocalDate date = LocalDate.ofEpochDay(random.nextLong(-800_000, 3_000_000));
        String written =
            new CanonicalWriter()
                .begin()
                .decimal("a", minor, unit.scale())
                .date("d", date)
                .end()
                .text();
        assertThat(written)
            .isEqualTo("{\"a\":\"" + amount.decimalText() + "\",\"d\":\"" + date + "\"}");
      }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 20261202})
    void writeWholeNumbersOfEveryLengthAsLongToStringDoes(long seed) {
      System.out.println("CanonicalWriterTest numbers seed " + seed);
      SplittableRandom random = new SplittableRandom(seed);
      List<Long> values = new java.util.ArrayList<>(List.of(0L, Long.MAX_VALUE, Long.MIN_VALUE));
      for (long power = 1; power > 0 && power <= Long.MAX_VALUE / 10; power *= 10) {
        values.addAll(List.of(power - 1, power, power + 1, 10 * power - 1, -power));
      }
      for (int i = 0; i < 5000; i++) {
        values.add(random.nextLong() >> random.nextInt(64));
      }
      for (long value : values) {
        assertThat(new CanonicalWriter().begin().field("n", value).end().text())
            .isEqualTo("{\"n\":" + value + "}");
      }
    }

    @Test
    void writeAHashAsLowerCaseHexadecimal() {
      byte[] hash = new byte[32];
      for (int i = 0; i < hash.length; i++) {
        hash[i] = (byte) (i * 37 - 128);
      }
      assertThat(new CanonicalWriter().begin().hex("h", hash).end().text())
          .isEqualTo("{\"h\":\"" + Hashes.hex(hash) + "\"}");
    }
  }

  @Nested
  class Separators {
    @Test
    void separateMembersElementsAndObjectsInArraysByOneComma() {
      CanonicalWriter w = new CanonicalWriter().begin().field("a", "x").field("b", 7L);
      w.beginArray("c").element("1").element("2").endArray();
      w.beginArray("d").beginElement().field("e", 1L).end();
      w.beginElement().field("e", 2L).field("f", "y").end().endArray();
      w.beginArray("g").endArray().raw("h", "true").end();
      assertThat(w.text())
          .isEqualTo(
              "{\"a\":\"x\",\"b\":7,\"c\":[\"1\",\"2\"],\"d\":[{\"e\":1},{\"e\":2,\"f\":\"y\"}],"
                  + "\"g\":[],\"h\":true}");
      assertThat(w.bytes()).isEqualTo(w.text().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void nestAnObjectAsAMember() {
      CanonicalWriter w = new CanonicalWriter().begin().name("o").begin().field("p", "q").end();
      assertThat(w.field("r", "s").end().text()).isEqualTo("{\"o\":{\"p\":\"q\"},\"r\":\"s\"}");
    }
  }
}
