package org.communitygov.api.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.communitygov.api.json.CommunityGovMappers;

/**
 * What every validation shares, prepared once per validator: the streaming factory, the mapper, one
 * {@link ObjectReader} per type, the wire shapes of model types, and the Bean Validation validator.
 * The readers are made on first use, so that a validator used for one kind (a command-line run on
 * one file) never builds the deserializers of the others. Thread-safe.
 *
 * <p>The factory is {@link CommunityGovMappers#newFactory()} without its document-length limit (the
 * validator bounds each record instead) and without the parser's duplicate-key failure (the
 * validator's tree reader reports duplicates with their pointer and reads on).
 */
final class Bindings {
  private final JsonFactory factory;
  private final JsonMapper mapper;
  private final Map<JavaType, ObjectReader> strictReaders = new ConcurrentHashMap<>();
  private final Map<JavaType, ObjectReader> tolerantReaders = new ConcurrentHashMap<>();
  private final Map<Class<?>, Optional<WireShape>> shapes = new ConcurrentHashMap<>();
  private final Map<Class<?>, SizeLimits> sizeLimits = new ConcurrentHashMap<>();
  private final Validator validator;

  Bindings() {
    this.factory =
        CommunityGovMappers.newFactory()
            .rebuild()
            .streamReadConstraints(
                CommunityGovMappers.readConstraints().rebuild().maxDocumentLength(-1).build())
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();
    this.mapper =
        CommunityGovMappers.builder(factory)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    this.validator = BeanValidation.newValidator();
  }

  JsonFactory factory() {
    return factory;
  }

  Validator validator() {
    return validator;
  }

  JavaType type(Class<?> raw) {
    return mapper.constructType(raw);
  }

  /** The reader that fails on unknown properties: the fast path. */
  ObjectReader strictReader(JavaType type) {
    return strictReaders.computeIfAbsent(type, mapper::readerFor);
  }

  /** The reader that skips unknown properties: the slow path, which reports them itself. */
  ObjectReader tolerantReader(JavaType type) {
    return tolerantReaders.computeIfAbsent(
        type, t -> mapper.readerFor(t).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
  }

  /** Writes a value as wire-format JSON text, as the library's mapper does. */
  String write(Object value) throws JsonProcessingException {
    return mapper.writeValueAsString(value);
  }

  /** The wire shape of a model object type, or empty for a leaf value type. */
  Optional<WireShape> shape(Class<?> raw) {
    return shapes.computeIfAbsent(raw, r -> WireShape.of(mapper, r));
  }

  /** The collection size limits of a record type and the model types it holds, found once. */
  SizeLimits sizeLimits(Class<?> recordType) {
    return sizeLimits.computeIfAbsent(recordType, r -> SizeLimits.of(this, r));
  }
}
