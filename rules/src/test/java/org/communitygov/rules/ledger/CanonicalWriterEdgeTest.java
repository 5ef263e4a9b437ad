package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What the canonical writer writes at the edge of its array (it starts with 256 bytes and grows):
 * every kind of member, written after 0 to 600 bytes, is the same as written at the start.
 */
class CanonicalWriterEdgeTest {
  static final String ODD_TEXT = "é\u0800\u07ff長\uDB40\uDC01\uD83D\uDE00\uDBFF\uDFFF";

  static Map<String, Consumer<CanonicalWriter>> members() {
    byte[] hash = new byte[32];
    for (int i = 0; i < hash.length; i++) {
      hash[i] = (byte) (i * 37);
    }
    Map<String, Consumer<CanonicalWriter>> members = new LinkedHashMap<>();
    members.put("a negative number", w -> w.field("n", -42L));
    members.put("the least number", w -> w.field("n", Long.MIN_VALUE));
    members.put("a long number", w -> w.field("n", 1_234_567_890_123_456L));
    members.put("a negative decimal", w -> w.decimal("d", -12_345, 2));
    members.put("a decimal of six places", w -> w.decimal("d", 7, 6));
    members.put("a date", w -> w.date("on", LocalDate.of(2026, 3, 31)));
    members.put("a date after 9999", w -> w.date("on", LocalDate.of(10_000, 1, 1)));
    members.put("a date before 1000", w -> w.date("on", LocalDate.of(999, 12, 31)));
    members.put("a date before year 0", w -> w.date("on", LocalDate.of(-1, 1, 1)));
    members.put("a hash", w -> w.hex("h", hash));
    members.put("raw JSON", w -> w.raw("r", "{\"a\":[1,2]}"));
    members.put(
        "a string of escapes then letters",
        w -> w.field("s", "\u0001\"\\\n".repeat(100) + "a".repeat(300)));
    members.put("a string of multi-byte characters", w -> w.field("s", ODD_TEXT.repeat(40)));
    members.put("a string longer than twice the array", w -> w.field("s", "a".repeat(700)));
    members.put(
        "a long encoded name", w -> w.field(CanonicalWriter.encodedName("n".repeat(300)), "v"));
    return members;
  }

  static String written(int pad, Consumer<CanonicalWriter> member) {
    CanonicalWriter w = new CanonicalWriter().begin().field("p", "x".repeat(pad));
    member.accept(w);
    return w.end().text();
  }

  @TestFactory
  Iterable<DynamicTest> writesEveryKindOfMemberTheSameWhereverTheArrayEnds() {
    return members().entrySet().stream()
        .map(
            m ->
                DynamicTest.dynamicTest(
                    m.getKey(),
                    () -> {
                      String alone = written(0, m.getValue());
                      for (int pad = 0; pad <= 600; pad++) {
                        assertThat(written(pad, m.getValue()))
                            .as("after %d bytes", pad)
                            .isEqualTo(
                                alone.replace("\"p\":\"\"", "\"p\":\"" + "x".repeat(pad) + "\""));
                      }
                    }))
        .toList();
  }

  @Test
  void writesNegativeNumbersDatesOutsideFourDigitYearsAndAllUtf8AsTheJdkDoes() {
    assertThat(written(0, w -> w.field("n", Long.MIN_VALUE)))
        .isEqualTo("{\"p\":\"\",\"n\":" + Long.MIN_VALUE + "}");
    assertThat(written(0, w -> w.field("n", -42L))).isEqualTo("{\"p\":\"\",\"n\":-42}");
    for (LocalDate date :
        new LocalDate[] {
          LocalDate.of(10_000, 1, 1),
          LocalDate.of(9_999, 12, 31),
          LocalDate.of(1_000, 1, 1),
          LocalDate.of(999, 12, 31),
          LocalDate.of(-1, 1, 1)
        }) {
      assertThat(written(0, w -> w.date("on", date)))
          .isEqualTo("{\"p\":\"\",\"on\":\"" + date + "\"}");
    }
    byte[] bytes = new CanonicalWriter().begin().field("s", ODD_TEXT).end().bytes();
    assertThat(bytes).isEqualTo(("{\"s\":\"" + ODD_TEXT + "\"}").getBytes(StandardCharsets.UTF_8));
  }
}
