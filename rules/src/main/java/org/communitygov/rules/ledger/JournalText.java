package org.communitygov.rules.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A journal file's bytes split into lines: the complete lines, and where the sound part ends. A
 * last line without its line feed is torn (a write was cut off); so are the last lines of a linked
 * batch whose final line is missing, since a linked batch is applied all or nothing.
 */
final class JournalText {
  final List<byte[]> lines;
  final long soundLength;
  final int tornLine;

  private JournalText(List<byte[]> lines, long soundLength, int tornLine) {
    this.lines = lines;
    this.soundLength = soundLength;
    this.tornLine = tornLine;
  }

  /** Splits the bytes; {@code tornLine} is the 1-based number of the first torn line, or 0. */
  static JournalText split(byte[] content) {
    List<byte[]> lines = new ArrayList<>();
    List<Long> ends = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < content.length; i++) {
      if (content[i] == '\n') {
        lines.add(Arrays.copyOfRange(content, start, i));
        ends.add((long) i + 1);
        start = i + 1;
      }
    }
    int torn = start < content.length ? lines.size() + 1 : 0;
    int sound = lines.size();
    while (sound > 0 && JournalLine.endsLinked(lines.get(sound - 1))) {
      sound--;
    }
    if (sound < lines.size()) {
      torn = sound + 1;
    }
    long soundLength = sound == 0 ? 0 : ends.get(sound - 1);
    return new JournalText(new ArrayList<>(lines.subList(0, sound)), soundLength, torn);
  }

  boolean isTorn() {
    return tornLine > 0;
  }
}
