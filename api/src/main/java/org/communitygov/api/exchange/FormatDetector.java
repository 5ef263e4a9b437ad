package org.communitygov.api.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Tells an envelope from NDJSON by reading the first JSON object (see {@link ExchangeFormat#AUTO})
 * within a budget, then rewinds the reader. Anything unclear, including a syntax error or a first
 * object longer than the budget, is read as an envelope, whose check then reports it.
 */
final class FormatDetector {
  private FormatDetector() {}

  static ExchangeFormat detect(BufferedReader reader, JsonFactory factory, int budget)
      throws IOException {
    reader.mark(budget + 1);
    try (JsonParser p = factory.createParser(new BoundedReader(reader, budget))) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return ExchangeFormat.ENVELOPE;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        if (p.currentName().equals("records")) {
          return ExchangeFormat.ENVELOPE;
        }
        p.nextToken();
        p.skipChildren();
      }
      return p.nextToken() == null ? ExchangeFormat.ENVELOPE : ExchangeFormat.NDJSON;
    } catch (IOException e) {
      return ExchangeFormat.ENVELOPE;
    } finally {
      reader.reset();
    }
  }

  /** A reader that ends after a number of characters, never closing the reader it wraps. */
  private static final class BoundedReader extends Reader {
    private final Reader in;
    private int left;

    BoundedReader(Reader in, int budget) {
      this.in = in;
      this.left = budget;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int read = in.read(buffer, offset, Math.min(length, left));
      if (read > 0) {
        left -= read;
      }
      return read;
    }

    @Override
    public void close() {}
  }
}
