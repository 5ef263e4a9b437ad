package org.communitygov.api.exchange;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON properties of a model object type (an Immutables abstract type deserialized {@code as}
 * its implementation), as Jackson serializes the implementation: name, declared type, whether
 * required. Found once per type with Jackson's {@link BeanDescription}.
 */
final class WireShape {
  /** One property: its JSON name, its Java accessor name, its declared type. */
  record Property(String json, String java, JavaType type, boolean required) {}

  private final Class<?> modelType;
  private final Map<String, Property> properties;

  private WireShape(Class<?> modelType, Map<String, Property> properties) {
    this.modelType = modelType;
    this.properties = properties;
  }

  static Optional<WireShape> of(JsonMapper mapper, Class<?> raw) {
    JsonDeserialize as = raw.getAnnotation(JsonDeserialize.class);
    if (as == null || as.as() == Void.class || !raw.isAssignableFrom(as.as())) {
      return Optional.empty();
    }
    BeanDescription description =
        mapper.getSerializationConfig().introspect(mapper.constructType(as.as()));
    Map<String, Property> properties = new LinkedHashMap<>();
    for (BeanPropertyDefinition definition : description.findProperties()) {
      if (!definition.couldSerialize() || definition.getGetter() == null) {
        continue;
      }
      properties.put(
          definition.getName(),
          new Property(
              definition.getName(),
              definition.getGetter().getName(),
              definition.getPrimaryType(),
              definition.isRequired()));
    }
    return Optional.of(new WireShape(raw, Collections.unmodifiableMap(properties)));
  }

  Class<?> modelType() {
    return modelType;
  }

  Map<String, Property> properties() {
    return properties;
  }
}
