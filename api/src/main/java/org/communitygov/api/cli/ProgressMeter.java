package org.communitygov.api.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Shows how far the validation of one input has come, on standard error: megabytes read and the
 * rate, at most every {@value #INTERVAL_MILLIS} ms, then a closing line with the records.
 *
 * <p>On a terminal each update overwrites the last and a short input shows nothing; when asked for
 * explicitly ({@code --progress}) every update is a line of its own and the closing line always
 * appears. The validator has no progress hook yet, so the records are known only at the end.
 */
final class ProgressMeter {
  static final long INTERVAL_MILLIS = 500;
  private static final long INTERVAL_NANOS = INTERVAL_MILLIS * 1_000_000;

  private final PrintWriter err;
  private final String label;
  private final boolean overwrite;
  private final boolean always;
  private final LongSupplier clock;
  private final long start;
  private long lastShown;
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

  /** Wraps a stream so that reading it moves the meter. */
  InputStream wrap(InputStream in) {
    return new CountingInputStream(in, this::bytesRead);
  }

  void bytesRead(long total) {
    bytes = total;
    long now = clock.getAsLong();
    if (now - lastShown >= INTERVAL_NANOS) {
      lastShown = now;
      show(line(now, -1), false);
    }
  }

  /** Writes the closing line, if any line was shown or progress was asked for. */
  void finish(long records) {
    if (shown || always) {
      show(line(clock.getAsLong(), records), true);
    }
  }

  private String line(long now, long records) {
    double seconds = Math.max(now - start, 1) / 1e9;
    double megabytes = bytes / 1e6;
    String counted = records < 0 ? "" : String.format(Locale.ROOT, "%,d records, ", records);
    return String.format(
        Locale.ROOT,
        "communitygov: %s: %s%.1f MB, %.1f MB/s, %.1f s",
        label,
        counted,
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
