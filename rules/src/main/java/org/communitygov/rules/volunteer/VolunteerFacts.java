package org.communitygov.rules.volunteer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.volunteer.ServiceRecord;

/** Reads and writes the facts of the volunteer rules: decimals, dates and records as JSON. */
final class VolunteerFacts {
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
          .build();

  private VolunteerFacts() {}

  static BigDecimal decimal(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw InvalidValueException.of("cumulativeHours", "number", "not a decimal number");
    }
  }

  static LocalDate date(String name, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw InvalidValueException.of(name, "date", "not an ISO date (yyyy-mm-dd)");
    }
  }

  static List<ServiceRecord> records(String json) {
    try {
      return MAPPER.readValue(json, new TypeReference<List<ServiceRecord>>() {});
    } catch (InvalidValueException e) {
      throw e;
    } catch (JacksonException e) {
      if (e.getCause() instanceof InvalidValueException invalid) {
        throw invalid;
      }
      throw InvalidValueException.of("records", "json", "not a JSON array of service records");
    }
  }

  static String json(List<ServiceRecord> records) {
    try {
      return MAPPER.writeValueAsString(records);
    } catch (JacksonException e) {
      throw new IllegalStateException("cannot write service records", e);
    }
  }
}
