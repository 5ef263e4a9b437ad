package org.communitygov.rules.needs.shared;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A date of the facts: a {@code yyyy-MM-dd} string (RFC 3339 {@code full-date}) and nothing else,
 * as the exchange schemas and the api's mappers read it. Jackson's own date reader also takes an
 * array {@code [1975,5,5]}, a date-time or an instant (keeping its date), and {@code
 * LocalDate.parse} a signed year of five digits.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class IsoDate {
  private IsoDate() {}

  /**
   * Returns the date the text writes as {@code yyyy-MM-dd}, or empty for any other text.
   *
   * @param text the text, not null
   * @return the date, not null
   */
  public static Optional<LocalDate> parse(CharSequence text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return Optional.empty();
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int digits(CharSequence text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** Reads a JSON string through {@link #parse}; fails without quoting the value. */
  static final class Reader extends StdScalarDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext context) throws IOException {
      if (p.hasToken(JsonToken.VALUE_STRING)) {
        Optional<LocalDate> date = parse(p.getText());
        if (date.isPresent()) {
          return date.get();
        }
      }
      throw MismatchedInputException.from(
          p, LocalDate.class, "A date is a yyyy-MM-dd string (value not shown)");
    }
  }
}
