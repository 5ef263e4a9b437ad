package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

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
