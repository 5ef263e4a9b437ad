package org.communitygov.api.exchange;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.MalformedInputException;

/**
 * A reader that, once its source has failed to decode, fails the same way on every later read.
 *
 * <p>The JDK's decoding reader is left in a broken state by a malformed sequence at the end of the
 * input (a UTF-8 character cut off): read again, as it is after {@link FormatDetector} has looked
 * ahead and rewound, it throws an {@link IllegalStateException} instead of reporting the input.
 */
final class FailureKeepingReader extends FilterReader {
  private int failedAfter = -1;

  FailureKeepingReader(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (failedAfter >= 0) {
      throw new MalformedInputException(failedAfter);
    }
    try {
      return in.read(buffer, offset, length);
    } catch (CharacterCodingException e) {
      failedAfter = e instanceof MalformedInputException malformed ? malformed.getInputLength() : 1;
      throw e;
    }
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    return read(one, 0, 1) < 0 ? -1 : one[0];
  }
}
