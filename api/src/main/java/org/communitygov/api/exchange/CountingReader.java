package org.communitygov.api.exchange;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** Counts the characters read through it, for {@link ProgressListener}. */
final class CountingReader extends FilterReader {
  private long count;

  CountingReader(Reader in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      count++;
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count += n;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count += Math.max(skipped, 0);
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  long count() {
    return count;
  }
}
