package org.communitygov.api.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JacksonFeatureSet;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeFeature;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads a {@code LocalDate} written as a JSON string {@code yyyy-MM-dd} (RFC 3339 {@code
 * full-date}, the schemas' {@code format: date}) and nothing else, without {@link
 * java.time.format.DateTimeFormatter}, whose general parser is the largest single cost of binding
 * an exchange record.
 *
 * <p>Jackson's {@link LocalDateDeserializer} also reads an array {@code [2024,2,29]}, a date-time
 * or instant (keeping its date), a year of five digits with a sign, and in some settings a number;
 * the schemas reject all of them, so this reader does too: a string of another form or an
 * impossible date such as {@code 2023-02-30} fails with an {@link
 * com.fasterxml.jackson.databind.exc.InvalidFormatException}, any other JSON kind with a {@link
 * com.fasterxml.jackson.databind.exc.MismatchedInputException}; neither message quotes the value.
 */
final class IsoLocalDateDeserializer extends LocalDateDeserializer {
  private static final long serialVersionUID = 1L;

  IsoLocalDateDeserializer() {
    super();
  }

  private IsoLocalDateDeserializer(IsoLocalDateDeserializer base, JsonFormat.Shape shape) {
    super(base, shape);
  }

  private IsoLocalDateDeserializer(IsoLocalDateDeserializer base, Boolean leniency) {
    super(base, leniency);
  }

  private IsoLocalDateDeserializer(
      IsoLocalDateDeserializer base, JacksonFeatureSet<JavaTimeFeature> features) {
    super(base, features);
  }

  // Contextualization (a property's @JsonFormat, the mapper's defaults) makes copies through these;
  // each keeps this class, and with it the default ISO formatter the fast path assumes. A pattern
  // of
  // its own (withDateFormat) gets Jackson's deserializer, without the fast path.

  @Override
  protected LocalDateDeserializer withShape(JsonFormat.Shape shape) {
    return new IsoLocalDateDeserializer(this, shape);
  }

  @Override
  protected LocalDateDeserializer withLeniency(Boolean leniency) {
    return new IsoLocalDateDeserializer(this, leniency);
  }

  @Override
  public LocalDateDeserializer withFeatures(JacksonFeatureSet<JavaTimeFeature> features) {
    return new IsoLocalDateDeserializer(this, features);
  }

  @Override
  public LocalDate deserialize(JsonParser p, DeserializationContext context) throws IOException {
    if (!p.hasToken(JsonToken.VALUE_STRING)) {
      // An array [2024, 2, 29], an epoch-day number, an object: Jackson would read some of them.
      throw ValueFreeMessages.wrongKind(p, LocalDate.class, p.currentToken());
    }
    // The parser's own characters, not getText(): no String per date.
    if (p.getTextLength() == 10) {
      char[] text = p.getTextCharacters();
      int at = p.getTextOffset();
      if (text[at + 4] == '-' && text[at + 7] == '-') {
        int year = digits(text, at, at + 4);
        int month = digits(text, at + 5, at + 7);
        int day = digits(text, at + 8, at + 10);
        if (year >= 0 && month >= 0 && day >= 0) {
          try {
            return LocalDate.of(year, month, day);
          } catch (DateTimeException e) {
            // An impossible date such as 2023-02-30: failed below like any other form.
          }
        }
      }
    }
    // A date-time, an instant, a signed or five-digit year, an impossible day: not yyyy-MM-dd.
    throw ValueFreeMessages.invalid(p, "a string", LocalDate.class);
  }

  /** The number written by the ASCII digits in {@code [from, to)}, or -1 if one is not a digit. */
  private static int digits(char[] text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
