package org.communitygov.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Instants and times of day written as JSON strings of one ISO 8601 form and nothing else. Jackson
 * also reads an instant from a number of seconds and a time from an array {@code [11, 0]}; the
 * schemas reject both, so these readers do too. Failures never quote the value.
 */
final class StrictTimes {
  /** An instant: RFC 3339 {@code date-time} with seconds and an offset, {@code T} and {@code Z}. */
  static final Pattern INSTANT =
      Pattern.compile(
          "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?"
              + "(Z|[+-][0-9]{2}:[0-9]{2})");

  /** A time of day: {@code HH:mm}, {@code HH:mm:ss} or with up to nine decimals. */
  static final Pattern LOCAL_TIME =
      Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?");

  private StrictTimes() {}

  /** An instant such as {@code 2026-10-08T01:00:00Z} or {@code 2026-10-08T09:00:00+08:00}. */
  static StdScalarDeserializer<Instant> instant() {
    return new Iso<>(Instant.class, INSTANT, text -> OffsetDateTime.parse(text).toInstant());
  }

  /** A time of day such as {@code 11:00} or {@code 11:00:00}. */
  static StdScalarDeserializer<LocalTime> localTime() {
    return new Iso<>(LocalTime.class, LOCAL_TIME, LocalTime::parse);
  }

  /** A value of one string form, parsed when it has it. */
  private static final class Iso<T> extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient Pattern form;
    private final transient Function<String, T> parse;

    Iso(Class<T> type, Pattern form, Function<String, T> parse) {
      super(type);
      this.form = form;
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        throw ValueFreeMessages.wrongKind(p, handledType(), p.currentToken());
      }
      String text = p.getText();
      if (form.matcher(text).matches()) {
        try {
          return parse.apply(text);
        } catch (DateTimeException e) {
          // An impossible date or offset: reported below as any other string of a wrong form.
        }
      }
      throw ValueFreeMessages.invalid(p, "a string", handledType());
    }
  }
}
