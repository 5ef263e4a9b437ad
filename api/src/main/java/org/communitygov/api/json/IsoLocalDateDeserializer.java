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
 * Reads a {@code LocalDate} written as {@code YYYY-MM-DD} without {@link
 * java.time.format.DateTimeFormatter}, whose general parser is the largest single cost of binding
 * an exchange record. Anything else — another form, an impossible date such as {@code 2023-02-30} —
 * goes to Jackson's {@link LocalDateDeserializer}, so what is accepted and how a bad date fails are
 * exactly as before.
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
    if (p.hasToken(JsonToken.VALUE_STRING)) {
      String text = p.getText();
      if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year >= 0 && month >= 0 && day >= 0) {
          try {
            return LocalDate.of(year, month, day);
          } catch (DateTimeException e) {
            // An impossible date: Jackson's deserializer reports it as it always has.
          }
        }
      }
    }
    return super.deserialize(p, context);
  }

  /** The number written by the ASCII digits in {@code [from, to)}, or -1 if one is not a digit. */
  private static int digits(String text, int from, int to) {
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
}
