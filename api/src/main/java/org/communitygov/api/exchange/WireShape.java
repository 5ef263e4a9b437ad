package org.communitygov.api.exchange;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON properties of a model object type (an Immutables abstract type deserialized {@code as}
 * its implementation), as Jackson serializes the implementation: name, declared type, whether
 * required. Found once per type with Jackson's {@link BeanDescription}.
 *
 * <p>A <em>value object</em> ({@code Money}, {@code DateRange}) is read through a static {@link
 * JsonCreator} whose parameters name its members; its shape is those parameters. It has no Bean
 * Validation constraints of its own, and a failure of its factory is a format rule of a value
 * ({@code value.money.scale}), not an invariant of an object.
 */
final class WireShape {
  /** One property: its JSON name, its Java accessor name, its declared type. */
  record Property(String json, String java, JavaType type, boolean required) {}

  private final Class<?> modelType;
  private final Map<String, Property> properties;
  private final boolean valueObject;

  private WireShape(Class<?> modelType, Map<String, Property> properties, boolean valueObject) {
    this.modelType = modelType;
    this.properties = properties;
    this.valueObject = valueObject;
  }

  static Optional<WireShape> of(JsonMapper mapper, Class<?> raw) {
    JsonDeserialize as = raw.getAnnotation(JsonDeserialize.class);
    if (as == null || as.as() == Void.class || !raw.isAssignableFrom(as.as())) {
      return ofCreator(mapper, raw);
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
    return Optional.of(new WireShape(raw, Collections.unmodifiableMap(properties), false));
  }

  /** The shape of a value object of the model read through a static creator, if it is one. */
  private static Optional<WireShape> ofCreator(JsonMapper mapper, Class<?> raw) {
    if (!raw.getPackageName().startsWith("org.communitygov.model")) {
      return Optional.empty();
    }
    for (Method method : raw.getDeclaredMethods()) {
      if (!Modifier.isStatic(method.getModifiers())
          || !method.isAnnotationPresent(JsonCreator.class)
          || method.getParameterCount() == 0) {
        continue;
      }
      Map<String, Property> properties = new LinkedHashMap<>();
      for (Parameter parameter : method.getParameters()) {
        JsonProperty json = parameter.getAnnotation(JsonProperty.class);
        if (json == null) {
          return Optional.empty();
        }
        properties.put(
            json.value(),
            new Property(
                json.value(),
                json.value(),
                mapper.constructType(parameter.getParameterizedType()),
                json.required()));
      }
      return Optional.of(new WireShape(raw, Collections.unmodifiableMap(properties), true));
    }
    return Optional.empty();
  }

  /** Whether this is a value object's shape, read through a creator (see the class comment). */
  boolean valueObject() {
    return valueObject;
  }

  Class<?> modelType() {
    return modelType;
  }

  Map<String, Property> properties() {
    return properties;
  }
}
