package org.communitygov.api.exchange;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.LongSupplier;

/**
 * The characters of a document: UTF-8 decoded strictly (a malformed byte sequence fails the read
 * with a {@link java.nio.charset.CharacterCodingException}), buffered, with a leading byte order
 * mark removed and remembered, and a count of the bytes (or characters) read from the source.
 */
final class TextInput {
  private static final int BUFFER = 64 * 1024;

  private final BufferedReader reader;
  private final boolean byteOrderMark;
  private final LongSupplier consumed;

  private TextInput(BufferedReader reader, boolean byteOrderMark, LongSupplier consumed) {
    this.reader = reader;
    this.byteOrderMark = byteOrderMark;
    this.consumed = consumed;
  }

  static TextInput of(InputStream in) throws IOException {
    CountingInputStream counted = new CountingInputStream(in);
    BufferedInputStream bytes = new BufferedInputStream(counted, BUFFER);
    bytes.mark(3);
    boolean bom = bytes.read() == 0xEF && bytes.read() == 0xBB && bytes.read() == 0xBF;
    if (!bom) {
      bytes.reset();
    }
    Reader chars =
        new InputStreamReader(
            bytes,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    return new TextInput(
        new BufferedReader(new FailureKeepingReader(chars), BUFFER), bom, counted::count);
  }

  static TextInput of(Reader in) throws IOException {
    CountingReader counted = new CountingReader(in);
    BufferedReader reader = new BufferedReader(counted, BUFFER);
    reader.mark(1);
    boolean bom = reader.read() == '\uFEFF';
    if (!bom) {
      reader.reset();
    }
    return new TextInput(reader, bom, counted::count);
  }

  BufferedReader reader() {
    return reader;
  }

  boolean hadByteOrderMark() {
    return byteOrderMark;
  }

  /** The bytes (for a stream) or characters (for a reader) read from the source so far. */
  long consumed() {
    return consumed.getAsLong();
  }
}
