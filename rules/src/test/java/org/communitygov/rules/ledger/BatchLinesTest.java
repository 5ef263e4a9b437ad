package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BatchLinesTest {
  static List<byte[]> slices(BatchLines lines) {
    List<byte[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < lines.count(); i++) {
      out.add(Arrays.copyOfRange(lines.array(), start, lines.ends()[i]));
      start = lines.ends()[i];
    }
    return out;
  }

  static byte[] line(SplittableRandom random) {
    return ("{\"entry\":{\"id\":\"" + "x".repeat(random.nextInt(400)) + "\"},\"index\":1}")
        .getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {2, 20261202})
  void linksEveryLineButTheLastAsAJournalLineIsLinked(long seed) {
    System.out.println("BatchLinesTest seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    BatchLines lines = new BatchLines();
    for (int round = 0; round < 50; round++) {
      lines.clear();
      List<byte[]> expected = new ArrayList<>();
      int n = 1 + random.nextInt(20);
      for (int i = 0; i < n; i++) {
        byte[] line = line(random);
        lines.writer().append(line);
        lines.endLine();
        expected.add(i < n - 1 ? JournalLine.linked(line) : line);
      }
      lines.link();
      assertThat(slices(lines)).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void clearingForgetsTheLinesBefore() {
    BatchLines lines = new BatchLines();
    lines.writer().append(new byte[] {'a'});
    lines.endLine();
    lines.clear();
    lines.writer().append(new byte[] {'b', 'c'});
    lines.endLine();
    assertThat(lines.count()).isEqualTo(1);
    assertThat(slices(lines)).containsExactly(new byte[] {'b', 'c'});
  }

  @Test
  void letsGoOfTheBufferALargeBatchGrewAndKeepsASmallOne() {
    BatchLines lines = new BatchLines();
    byte[] line = new byte[4096];
    Arrays.fill(line, (byte) 'x');
    lines.writer().append(line);
    lines.endLine();
    lines.clear();
    byte[] small = lines.array();
    assertThat(small.length).isLessThan(1 << 20);
    lines.writer().append(line);
    lines.endLine();
    lines.clear();
    assertThat(lines.array()).isSameAs(small);
    for (int i = 0; i < 300; i++) {
      lines.writer().append(line);
      lines.endLine();
    }
    assertThat(lines.array().length).isGreaterThan(1 << 20);
    lines.clear();
    assertThat(lines.array().length).isLessThan(1 << 20);
    assertThat(lines.count()).isZero();
    lines.writer().append(line);
    lines.endLine();
    assertThat(slices(lines)).containsExactly(line);
  }
}
