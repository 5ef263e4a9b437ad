package org.communitygov.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communitygov.model.common.DateRange;
import org.openjdk.jol.info.GraphLayout;

/**
 * Prints the retained heap size of objects, measured by JOL: every object reachable from the root,
 * shared objects counted once. Run with {@code java -Djdk.attach.allowAttachSelf=true -cp
 * api/target/benchmarks.jar org.communitygov.bench.Footprint}.
 */
public final class Footprint {
  static {
    // JOL cannot take the field offsets of records through Unsafe; this switches it to its other
    // way. It must be set before JOL's first use, hence here.
    if (System.getProperty("jol.magicFieldOffset") == null) {
      System.setProperty("jol.magicFieldOffset", "true");
    }
  }

  private Footprint() {}

  /**
   * Returns the bytes of the object graph reachable from {@code root}.
   *
   * @param root the object, not null
   * @return the total size in bytes
   */
  public static long totalSize(Object root) {
    return GraphLayout.parseInstance(root).totalSize();
  }

  /**
   * Prints one line per measured object: its name and its total size in bytes.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    LocalDate start = LocalDate.of(2019, 3, 1);
    LocalDate end = LocalDate.of(2024, 6, 1);
    print("DateRange (closed)", DateRange.of(start, end));
    print("DateRange (open-ended)", DateRange.ofOpenEnded(start));
    print("PlainRange", new PlainRange(start, end));

    List<DateRange> ranges = new ArrayList<>();
    List<PlainRange> plainRanges = new ArrayList<>();
    for (int i = 0; i < DateRangeJson.COUNT; i++) {
      LocalDate s = start.plusDays(i * 3L);
      LocalDate e = s.plusDays(1 + (i * 37L) % 1_900);
      ranges.add(DateRange.of(s, e));
      plainRanges.add(new PlainRange(s, e));
    }
    print("List of " + DateRangeJson.COUNT + " DateRange", ranges);
    print("List of " + DateRangeJson.COUNT + " PlainRange", plainRanges);
  }

  private static void print(String name, Object root) {
    System.out.printf("%-28s %,10d bytes%n", name, totalSize(root));
  }
}
