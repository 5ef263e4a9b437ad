package org.communitygov.api.exchange;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines ({@code \n} or {@code \r\n} terminated) of at most a given length; the rest of a
 * longer line is skipped without being kept, so memory stays bounded by the limit. Not thread-safe.
 */
final class LineReader {
  private final Reader reader;
  private final int maxLength;
  private final char[] buffer = new char[64 * 1024];
  private final StringBuilder line = new StringBuilder();
  private int position;
  private int limit;
  private long number;
  private boolean tooLong;

  LineReader(Reader reader, int maxLength) {
    this.reader = reader;
    this.maxLength = maxLength;
  }

  /**
   * Reads the next line.
   *
   * @return the line without its terminator, or null at the end of the input; if the line was too
   *     long, an empty string and {@link #wasTooLong()} is true
   */
  String next() throws IOException {
    line.setLength(0);
    tooLong = false;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = reader.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          if (!any) {
            return null;
          }
          number++;
          return finish();
        }
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      append(start, position);
      if (position < limit) {
        position++;
        number++;
        return finish();
      }
    }
  }

  private void append(int start, int end) {
    if (tooLong) {
      return;
    }
    if (line.length() + (end - start) > maxLength) {
      tooLong = true;
      line.setLength(0);
      return;
    }
    line.append(buffer, start, end - start);
  }

  private String finish() {
    int length = line.length();
    if (length > 0 && line.charAt(length - 1) == '\r') {
      line.setLength(length - 1);
    }
    return line.toString();
  }

  /** The number of the line last read, from 1. */
  long number() {
    return number;
  }

  boolean wasTooLong() {
    return tooLong;
  }
}
