package org.communitygov.api.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.communitygov.api.exchange.ProgressListener;

/**
 * Shows how far the validation of one input has come, on standard error: records, megabytes read
 * and the rate, at most every {@value #INTERVAL_MILLIS} ms, then a closing line.
 *
 * <p>On a terminal each update overwrites the last and a short input shows nothing; when asked for
 * explicitly ({@code --progress}) every update is a line of its own and the closing line always
 * appears.
 */
final class ProgressMeter implements ProgressListener {
  static final long INTERVAL_MILLIS = 500;
  private static final long INTERVAL_NANOS = INTERVAL_MILLIS * 1_000_000;

  private final PrintWriter err;
  private final String label;
  private final boolean overwrite;
  private final boolean always;
  private final LongSupplier clock;
  private final long start;
  private long lastShown;
  private long records;
  private long bytes;
  private boolean shown;

  /**
   * Creates a meter for one input.
   *
   * @param err where to write, not null
   * @param label the input's name, not null
   * @param overwrite whether standard error is a terminal, where lines overwrite each other
   * @param always whether progress was asked for, so that even a short input shows its line
   * @param clock a monotonic clock in nanoseconds, not null
   */
  ProgressMeter(
      PrintWriter err, String label, boolean overwrite, boolean always, LongSupplier clock) {
    this.err = err;
    this.label = label;
    this.overwrite = overwrite;
    this.always = always;
    this.clock = clock;
    this.start = clock.getAsLong();
    this.lastShown = start;
  }

  @Override
  public void progressed(long recordsRead, long inputRead) {
    records = recordsRead;
    bytes = inputRead;
    long now = clock.getAsLong();
    if (now - lastShown >= INTERVAL_NANOS) {
      lastShown = now;
      show(line(now), false);
    }
  }

  /** Writes the closing line, if any line was shown or progress was asked for. */
  void finish() {
    if (shown || always) {
      show(line(clock.getAsLong()), true);
    }
  }

  private String line(long now) {
    double seconds = Math.max(now - start, 1) / 1e9;
    double megabytes = bytes / 1e6;
    return String.format(
        Locale.ROOT,
        "communitygov: %s: %,d records, %.1f MB, %.1f MB/s, %.1f s",
        label,
        records,
        megabytes,
        megabytes / seconds,
        seconds);
  }

  private void show(String line, boolean last) {
    shown = true;
    if (overwrite) {
      err.print("\r" + line + "   ");
      if (last) {
        err.println();
      }
    } else {
      err.println(line);
    }
    err.flush();
  }
}
