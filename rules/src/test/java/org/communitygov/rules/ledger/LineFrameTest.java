package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The frame of a journal line, read in place from a buffer that holds other lines around it. */
class LineFrameTest {
  static final String LEAF = "0123456789abcdef".repeat(4);
  static final String ENTRY = "{\"kind\":\"refusal\",\"refused\":\"T1\"}";
  static final String AROUND = "9,\"index\":7,\"leaf\":\"" + LEAF + "\"}\n";

  static String line(String entry, String index, String leaf, boolean linked) {
    return "{\"entry\":"
        + entry
        + ",\"index\":"
        + index
        + ",\"leaf\":\""
        + leaf
        + "\""
        + (linked ? ",\"linked\":true}" : "}");
  }

  /** The frame of a line placed between other bytes, read between its own bounds. */
  static Optional<LineFrame> framed(String line) {
    byte[] buffer = (AROUND + line + "\n" + AROUND).getBytes(StandardCharsets.US_ASCII);
    return LineFrame.of(buffer, AROUND.length(), AROUND.length() + line.length());
  }

  @ParameterizedTest(name = "linked {0}")
  @ValueSource(booleans = {false, true})
  void readsTheEntryTheIndexTheLeafAndTheLinkedMarkerInPlace(boolean linked) {
    LineFrame frame = framed(line(ENTRY, "1234", LEAF, linked)).orElseThrow();
    assertThat(frame.entryLength).isEqualTo(ENTRY.length());
    assertThat(frame.index).isEqualTo(1234);
    assertThat(HexFormat.of().formatHex(frame.leaf)).isEqualTo(LEAF);
    assertThat(frame.linked).isEqualTo(linked);
    assertThat(LineFrame.of(line(ENTRY, "1234", LEAF, linked).getBytes(StandardCharsets.US_ASCII)))
        .get()
        .extracting(f -> f.index)
        .isEqualTo(1234L);
  }

  @Test
  void readsAnAllZeroLeafAndTheIndexesZeroAndOfEighteenDigits() {
    assertThat(framed(line(ENTRY, "0", "0".repeat(64), false)).orElseThrow().leaf)
        .containsOnly((byte) 0)
        .hasSize(32);
    assertThat(framed(line(ENTRY, "0", LEAF, false)).orElseThrow().index).isZero();
    assertThat(framed(line(ENTRY, "999999999999999999", LEAF, true)).orElseThrow().index)
        .isEqualTo(999_999_999_999_999_999L);
    assertThat(framed(line("1", "5", LEAF, false)).orElseThrow().entryLength).isEqualTo(1);
  }

  @ParameterizedTest(name = "index [{0}]")
  @ValueSource(
      strings = {
        "", // no digits
        "00", // a leading zero
        "05",
        "1000000000000000000", // nineteen digits
        "-5",
        "5a"
      })
  void hasNoFrameForAnIndexThatIsNotANaturalNumberWrittenCanonically(String index) {
    assertThat(framed(line(ENTRY, index, LEAF, false))).isEmpty();
  }

  @Test
  void hasNoFrameForAnEmptyEntryABadLeafOrABrokenEnd() {
    assertThat(framed(line("", "5", LEAF, false))).isEmpty();
    assertThat(framed(line(ENTRY, "5", LEAF.toUpperCase(java.util.Locale.ROOT), false))).isEmpty();
    assertThat(framed(line(ENTRY, "5", LEAF.substring(1) + "g", false))).isEmpty();
    assertThat(framed(line(ENTRY, "5", LEAF.substring(2), false))).isEmpty();
    String whole = line(ENTRY, "5", LEAF, false);
    assertThat(framed(whole.substring(0, whole.length() - 1))).isEmpty();
    assertThat(framed(whole.substring(0, whole.length() - 2) + "}}")).isEmpty();
    assertThat(framed("{\"entry\":")).isEmpty();
    assertThat(framed("{\"entry\":}")).isEmpty();
    assertThat(framed("[\"entry\":" + whole.substring(9))).isEmpty();
  }
}
