package org.communitygov.api.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Factory of hardened Jackson mappers for the communitygov wire format.
 *
 * <p>Each call returns a new {@link JsonMapper} built on its own {@link JsonFactory}; nothing is
 * changed JVM-wide. The mappers:
 *
 * <ul>
 *   <li>limit what they read ({@link #readConstraints()}): nesting depth {@value
 *       #MAX_NESTING_DEPTH}, strings of {@value #MAX_STRING_LENGTH} characters, numbers of {@value
 *       #MAX_NUMBER_LENGTH} digits, property names of {@value #MAX_NAME_LENGTH} characters,
 *       documents of {@value #MAX_DOCUMENT_LENGTH} bytes;
 *   <li>reject duplicate keys, trailing tokens after the document, comments, single quotes, NaN and
 *       other non-standard JSON;
 *   <li>never enable default typing; polymorphism is by name with closed subtype lists only;
 *   <li>refuse coercions (a number where a string is expected, {@code ""} for an absent value, a
 *       float for an integer, a number for an enum);
 *   <li>read decimals as {@link java.math.BigDecimal}, never {@code double};
 *   <li>fail on a value of the wrong form or JSON kind with a message that names the type, the
 *       location and the path but never quotes the value (a citizen ID given as a number); only a
 *       token that is not JSON at all is quoted, by the parser;
 *   <li>in strict mode fail on unknown properties; in lenient mode skip them and log a warning that
 *       names the property, never its value.
 * </ul>
 *
 * @since 0.1.0
 */
public final class CommunityGovMappers {
  /** Deepest nesting of arrays and objects accepted. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** Longest string value accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 65_536;

  /** Longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 64;

  /** Longest property name accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 256;

  /** Largest document accepted, in bytes (64 MiB); stream larger exchanges as NDJSON. */
  public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  private static final System.Logger LOG = System.getLogger(CommunityGovMappers.class.getName());

  private CommunityGovMappers() {}

  /**
   * Returns the read limits of the hardened mappers.
   *
   * @return the constraints, not null
   */
  public static StreamReadConstraints readConstraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
        .build();
  }

  /**
   * Returns a new hardened factory: the read limits, duplicate-key detection, standard JSON only; a
   * decimal number that no {@code BigDecimal} can hold ({@code 1e2147483648}) fails as a {@link
   * com.fasterxml.jackson.core.JsonParseException} that does not quote it.
   *
   * @return the factory, not null
   */
  public static JsonFactory newFactory() {
    JsonFactoryBuilder builder =
        new JsonFactoryBuilder()
            .streamReadConstraints(readConstraints())
            .streamWriteConstraints(
                StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .disable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS);
    return new DecimalCheckingFactory(builder);
  }

  /**
   * Returns a new strict mapper: unknown properties are errors.
   *
   * @return the mapper, not null
   */
  public static JsonMapper strict() {
    return builder(newFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  }

  /**
   * Returns a new lenient mapper: unknown properties are skipped with a logged warning that names
   * the property and its JSON location, never its value. Every other rule stays as strict.
   *
   * @return the mapper, not null
   */
  public static JsonMapper lenient() {
    return builder(newFactory())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .addHandler(new UnknownPropertyWarning())
        .build();
  }

  /**
   * Returns a builder configured like the hardened mappers, on the given factory, for callers that
   * need further settings. Unknown properties fail unless the caller disables that.
   *
   * @param factory the factory, normally from {@link #newFactory()}, not null
   * @return the builder, not null
   */
  public static JsonMapper.Builder builder(JsonFactory factory) {
    JsonMapper.Builder builder =
        JsonMapper.builder(factory)
            .addModule(new CommunityGovModule())
            .addModule(strictEverywhere())
            .addHandler(new ValueFreeMessages())
            .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder().build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .defaultPropertyInclusion(
                JsonInclude.Value.construct(Include.NON_EMPTY, Include.NON_EMPTY));
    // NON_EMPTY is for absent optionals and empty lists. An empty string is a value: omitting a
    // required one (a blank name, a data-quality problem the validator reports) would make the
    // written document unreadable.
    builder.withConfigOverride(
        String.class, o -> o.setInclude(JsonInclude.Value.construct(Include.NON_NULL, null)));
    builder.withCoercionConfigDefaults(
        config -> {
          config.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
          config.setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail);
          config.setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail);
        });
    for (LogicalType textual : new LogicalType[] {LogicalType.Textual}) {
      builder.withCoercionConfig(
          textual,
          config -> {
            config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
            config.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
            config.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
          });
    }
    return builder;
  }

  /**
   * The strict strings, integers and dates for every value the hardened mapper reads, not only the
   * library's types' (as the {@link CommunityGovModule} alone would): a root value, a map's values.
   */
  private static SimpleModule strictEverywhere() {
    SimpleModule module = new SimpleModule("CommunityGovStrictScalars");
    for (Class<?> type :
        List.of(
            String.class,
            Integer.class,
            int.class,
            LocalDate.class,
            java.time.Instant.class,
            java.time.LocalTime.class)) {
      addStrict(module, type);
    }
    return module;
  }

  @SuppressWarnings("unchecked")
  private static <T> void addStrict(SimpleModule module, Class<T> type) {
    module.addDeserializer(type, (JsonDeserializer<? extends T>) LibraryFormat.strict(type));
  }

  /** Skips an unknown property with a warning that names it, never its value. */
  private static final class UnknownPropertyWarning extends DeserializationProblemHandler {
    @Override
    public boolean handleUnknownProperty(
        DeserializationContext ctxt,
        JsonParser p,
        JsonDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName)
        throws IOException {
      LOG.log(
          System.Logger.Level.WARNING,
          "communitygov: unknown property \"{0}\" skipped at {1}",
          propertyName,
          p.getParsingContext().pathAsPointer());
      p.skipChildren();
      return true;
    }
  }
}
