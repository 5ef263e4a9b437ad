package org.communitygov.rules.engine;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.communitygov.model.common.CommunityGovException;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.Money;
import org.communitygov.rules.engine.ParameterFileShape.FileShape;
import org.communitygov.rules.engine.ParameterFileShape.ParameterShape;
import org.communitygov.rules.engine.ParameterFileShape.ReferenceShape;
import org.communitygov.rules.engine.ParameterFileShape.TextShape;
import org.communitygov.rules.engine.ParameterFileShape.ValueShape;

/** Reads parameter files with a hardened mapper of its own. */
final class ParameterFiles {
  /** Strict: unknown properties, duplicate keys, trailing tokens and coercions are errors. */
  static final JsonMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(32)
                          .maxStringLength(16_384)
                          .maxNumberLength(32)
                          .maxNameLength(128)
                          .maxDocumentLength(8L * 1024 * 1024)
                          .build())
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                  .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                  .build())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          // Keep the scale written: 735.00 stays 735.00.
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .withCoercionConfig(
              LogicalType.Textual,
              c ->
                  c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
          .build();

  private ParameterFiles() {}

  static ParameterSet read(InputStream in, String source) {
    FileShape file;
    try {
      file = MAPPER.readValue(in, FileShape.class);
    } catch (JacksonException e) {
      throw ParameterFileException.invalid(source, e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw ParameterFileException.invalid(source, "cannot be read", e);
    }
    try {
      return toSet(file, source);
    } catch (IllegalArgumentException | NullPointerException | CommunityGovException e) {
      if (e instanceof ParameterFileException pfe) {
        throw pfe;
      }
      throw ParameterFileException.invalid(source, String.valueOf(e.getMessage()), e);
    }
  }

  private static ParameterSet toSet(FileShape file, String source) {
    Map<Jurisdiction, LocalizedText> places = new HashMap<>();
    if (file.places() != null) {
      file.places().forEach((code, name) -> places.put(Jurisdiction.parse(code), text(name)));
    }
    Map<String, ParameterTable> tables = new HashMap<>();
    for (ParameterShape p : nonNull(file.parameters(), "parameters")) {
      // A file written before a parameter was renamed still sets it (ADR 0105).
      String id = Catalogue.shipped().currentId(nonNull(p.id(), "id"));
      ParameterTable table = ParameterTable.of(definition(id, p));
      for (ValueShape v : nonNull(p.values(), "values of " + p.id())) {
        String where = p.id() + " " + v.jurisdiction() + " " + v.effectiveFrom();
        table =
            table.with(
                Jurisdiction.parse(nonNull(v.jurisdiction(), "jurisdiction")),
                dated(table.definition(), v, where));
      }
      if (tables.putIfAbsent(id, table) != null) {
        throw ParameterFileException.invalid(source, "parameter " + p.id() + " defined twice");
      }
    }
    return new ParameterSet(tables, places);
  }

  private static ParameterDefinition definition(String id, ParameterShape p) {
    ParameterKey<?> key = ParameterKey.of(id, ParameterType.named(nonNull(p.type(), "type")));
    LocalizedText fallback = LocalizedText.of(id, id);
    ParameterDefinition d =
        ParameterDefinition.of(
            key,
            nonNull(p.unit(), "unit of " + p.id()),
            p.label() == null ? fallback : text(p.label()),
            p.description() == null ? fallback : text(p.description()));
    return p.qualifier() == null ? d : d.withQualifier(text(p.qualifier()));
  }

  private static DatedValue<?> dated(ParameterDefinition d, ValueShape v, String where) {
    LocalDate from;
    try {
      from = LocalDate.parse(nonNull(v.effectiveFrom(), "effectiveFrom of " + where));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("effectiveFrom is not an ISO date (yyyy-MM-dd): " + where);
    }
    Confidence confidence = Confidence.valueOf(nonNull(v.confidence(), "confidence of " + where));
    DatedValue<?> dated =
        DatedValue.of(
            value(d.key().type(), nonNull(v.value(), "value of " + where), where),
            from,
            reference(nonNull(v.reference(), "reference of " + where)),
            confidence);
    return v.note() == null ? dated : dated.withNote(v.note());
  }

  private static Object value(ParameterType<?> type, JsonNode node, String where) {
    if (type == ParameterType.DECIMAL && node.isNumber()) {
      return node.decimalValue();
    } else if (type == ParameterType.INTEGER && node.isIntegralNumber() && node.canConvertToInt()) {
      return node.intValue();
    } else if (type == ParameterType.BOOLEAN && node.isBoolean()) {
      return node.booleanValue();
    } else if (type == ParameterType.CODE && node.isTextual() && !node.textValue().isBlank()) {
      return node.textValue();
    } else if (type == ParameterType.MONEY && node.isTextual()) {
      try {
        return Money.parse(node.textValue());
      } catch (InvalidValueException e) {
        throw new IllegalArgumentException(
            "value is not money (" + e.code() + ", e.g. \"735.00 CNY\"): " + where, e);
      }
    }
    throw new IllegalArgumentException("value is not a " + type + ": " + where);
  }

  private static LegalReference reference(ReferenceShape r) {
    LegalReference ref = LegalReference.of(text(nonNull(r.document(), "document")));
    ref = r.article() == null ? ref : ref.withArticle(text(r.article()));
    return r.url() == null ? ref : ref.withUrl(r.url());
  }

  private static LocalizedText text(TextShape t) {
    return LocalizedText.of(nonNull(t.zh(), "zh"), nonNull(t.en(), "en"));
  }

  private static <T> T nonNull(T value, String what) {
    if (value == null) {
      throw new IllegalArgumentException(what + " is missing");
    }
    return value;
  }
}
