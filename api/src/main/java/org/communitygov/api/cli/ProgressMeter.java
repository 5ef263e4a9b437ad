package org.communitygov.api.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import org.communitygov.api.exchange.ProgressListener;

/**
 * Shows how far the validation of one input has come, on standard error: records, megabytes read
 * and the rate, at most every {@value #INTERVAL_MILLIS} ms, then a closing line. When the input's
 * size is known (a file), each update also shows the share done and an estimate of the time left,
 * from the rate so far: {@code 12.0 of 48.0 MB (25%), 6.0 MB/s, 2.0 s, about 6 s left}.
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
  private final OptionalLong size;
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
   * @param size the input's size in bytes, if known, not null
   */
  ProgressMeter(
      PrintWriter err,
      String label,
      boolean overwrite,
      boolean always,
      LongSupplier clock,
      OptionalLong size) {
    this.err = err;
    this.label = label;
    this.overwrite = overwrite;
    this.always = always;
    this.clock = clock;
    this.size = size;
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
      show(line(now, false), false);
    }
  }

  /** Writes the closing line, if any line was shown or progress was asked for. */
  void finish() {
    if (shown || always) {
      show(line(clock.getAsLong(), true), true);
    }
  }

  private String line(long now, boolean last) {
    double seconds = Math.max(now - start, 1) / 1e9;
    double megabytes = bytes / 1e6;
    double rate = megabytes / seconds;
    String read =
        size.isEmpty()
            ? String.format(Locale.ROOT, "%.1f MB", megabytes)
            : String.format(
                Locale.ROOT,
                "%.1f of %.1f MB (%d%%)",
                megabytes,
                size.getAsLong() / 1e6,
                percent(bytes, size.getAsLong()));
    String line =
        String.format(
            Locale.ROOT,
            "communitygov: %s: %,d records, %s, %.1f MB/s, %.1f s",
            label,
            records,
            read,
            rate,
            seconds);
    if (last || size.isEmpty() || bytes <= 0) {
      return line;
    }
    double left = Math.max(size.getAsLong() - bytes, 0) / 1e6 / rate;
    return line + String.format(Locale.ROOT, ", about %s left", duration(left));
  }

  /** The share of the size read, 0 to 100; 100 for an empty input. */
  static int percent(long read, long size) {
    if (size <= 0) {
      return 100;
    }
    return (int) Math.min(100, read * 100 / size);
  }

  /** A duration in whole seconds, minutes and seconds, or hours and minutes. */
  static String duration(double seconds) {
    long whole = Math.round(seconds);
    if (whole < 60) {
      return whole + " s";
    }
    if (whole < 3600) {
      return String.format(Locale.ROOT, "%d min %02d s", whole / 60, whole % 60);
    }
    return String.format(Locale.ROOT, "%d h %02d min", whole / 3600, whole % 3600 / 60);
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
