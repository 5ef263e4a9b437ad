package org.communitygov.rules.needs.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.household.Household;

/**
 * Reads and writes the JSON facts of household rules in the communitygov wire format (ADR 0017): a
 * household, maps and lists of person ids. Strict and limited like the parameter reader; the api's
 * hardened codec stays the one for exchange documents.
 */
public final class HouseholdJson {
  private static final JsonMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(32)
                          .maxStringLength(65_536)
                          .maxNumberLength(64)
                          .maxNameLength(256)
                          .maxDocumentLength(4L * 1024 * 1024)
                          .build())
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .addModule(
              new SimpleModule("IsoDate").addDeserializer(LocalDate.class, new IsoDate.Reader()))
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
          .build();

  private HouseholdJson() {}

  public static Household household(String name, String json) {
    return read(name, json, new TypeReference<Household>() {});
  }

  public static Map<String, String> textMap(String name, String json) {
    return read(name, json, new TypeReference<Map<String, String>>() {});
  }

  public static List<String> textList(String name, String json) {
    return read(name, json, new TypeReference<List<String>>() {});
  }

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JacksonException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  private static <T> T read(String name, String json, TypeReference<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JacksonException e) {
      if (e.getCause() instanceof InvalidValueException invalid) {
        throw invalid;
      }
      // The location only: the message of a parse error may quote personal data.
      throw InvalidValueException.of(
          name, "json", name + " is not valid JSON of its kind at " + location(e));
    } catch (NumberFormatException e) {
      // Thrown, quoting the number, for a number BigDecimal cannot hold (1e2147483648).
      throw InvalidValueException.of(
          name, "json", name + " is not valid JSON of its kind: a number cannot be read");
    }
  }

  private static String location(JacksonException e) {
    return e.getLocation() == null
        ? "an unknown place"
        : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
  }
}
