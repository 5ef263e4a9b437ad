package org.communitygov.api.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Reads a date written exactly as {@code yyyy-MM-dd} straight from the parser's characters, and
 * hands every other input to the deserializer it wraps ({@code JavaTimeModule}'s), which then
 * accepts, rejects and reports exactly as before.
 *
 * <p>{@code JavaTimeModule} parses with {@code DateTimeFormatter.ISO_LOCAL_DATE}, which allocates a
 * parse context, a map of fields and a resolver per date: the largest allocation of reading a
 * household (docs/performance.md). For ten characters {@code dddd-dd-dd} that formatter's result is
 * {@code LocalDate.of} of the three numbers, and its failure is {@code LocalDate.of}'s failure, so
 * an invalid day (2024-02-30) also goes to the wrapped deserializer and fails there as it did. A
 * property with its own {@code @JsonFormat} gets the wrapped deserializer alone.
 */
final class IsoDateDeserializer extends StdDeserializer<LocalDate>
    implements ContextualDeserializer {
  private static final long serialVersionUID = 1L;

  private final JsonDeserializer<LocalDate> wrapped;

  private IsoDateDeserializer(JsonDeserializer<LocalDate> wrapped) {
    super(LocalDate.class);
    this.wrapped = wrapped;
  }

  /** Wraps the deserializer Jackson finds for {@code LocalDate}, whichever module supplied it. */
  static final class Modifier extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    @SuppressWarnings("unchecked")
    public JsonDeserializer<?> modifyDeserializer(
        DeserializationConfig config, BeanDescription description, JsonDeserializer<?> found) {
      return description.getBeanClass() == LocalDate.class
              && !(found instanceof IsoDateDeserializer)
          ? new IsoDateDeserializer((JsonDeserializer<LocalDate>) found)
          : found;
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public JsonDeserializer<?> createContextual(
      DeserializationContext ctxt, @Nullable BeanProperty property) throws JsonMappingException {
    JsonDeserializer<?> specific =
        wrapped instanceof ContextualDeserializer contextual
            ? contextual.createContextual(ctxt, property)
            : wrapped;
    JsonFormat.Value format = findFormatOverrides(ctxt, property, LocalDate.class);
    JsonFormat.Shape shape = format.getShape();
    if (format.hasPattern()
        || (shape != JsonFormat.Shape.ANY && shape != JsonFormat.Shape.STRING)) {
      return specific; // a format of its own: no fast path
    }
    return specific == wrapped
        ? this
        : new IsoDateDeserializer((JsonDeserializer<LocalDate>) specific);
  }

  @Override
  public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.hasToken(JsonToken.VALUE_STRING) && p.getTextLength() == 10) {
      LocalDate date = isoDate(p.getTextCharacters(), p.getTextOffset());
      if (date != null) {
        return date;
      }
    }
    return wrapped.deserialize(p, ctxt);
  }

  /** Returns the date of {@code dddd-dd-dd} at {@code offset}, or null for anything else. */
  private static @Nullable LocalDate isoDate(char[] text, int offset) {
    int year = digits(text, offset, 4);
    int month = digits(text, offset + 5, 2);
    int day = digits(text, offset + 8, 2);
    if (year < 0 || month < 0 || day < 0 || text[offset + 4] != '-' || text[offset + 7] != '-') {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Returns the number of {@code count} ASCII digits at {@code offset}, or -1. */
  private static int digits(char[] text, int offset, int count) {
    int value = 0;
    for (int i = offset; i < offset + count; i++) {
      char c = text[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
