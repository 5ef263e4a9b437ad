package org.communitygov.api.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomPropertyDefinition;
import com.github.victools.jsonschema.generator.CustomPropertyDefinitionProvider;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * The schema of a map-valued property: keyed by an enum, such as feedback's {@code ratings}, an
 * object whose names are the enum's constants and whose values are integers within the {@code @Min}
 * and {@code @Max} written on the map's value type; from strings to strings, such as an eligibility
 * rule's {@code parameters}, an object of strings. The generator alone would forbid every member.
 */
final class MapSchemas implements CustomPropertyDefinitionProvider<MethodScope> {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Override
  public CustomPropertyDefinition provideCustomSchemaDefinition(
      MethodScope method, SchemaGenerationContext context) {
    Method raw = method.getRawMember();
    if (!Map.class.isAssignableFrom(raw.getReturnType())
        || !(raw.getAnnotatedReturnType() instanceof AnnotatedParameterizedType map)) {
      return null;
    }
    AnnotatedType[] arguments = map.getAnnotatedActualTypeArguments();
    if (arguments[0].getType() == String.class && arguments[1].getType() == String.class) {
      ObjectNode schema = NODES.objectNode();
      schema.put("type", "object");
      schema.putObject("additionalProperties").put("type", "string");
      return new CustomPropertyDefinition(schema);
    }
    if (!(arguments[0].getType() instanceof Class<?> key)
        || !key.isEnum()
        || arguments[1].getType() != Integer.class) {
      return null;
    }
    ObjectNode schema = NODES.objectNode();
    schema.put("type", "object");
    ArrayNode names = schema.putObject("propertyNames").putArray("enum");
    for (Object constant : key.getEnumConstants()) {
      names.add(((Enum<?>) constant).name());
    }
    ObjectNode values = schema.putObject("additionalProperties");
    values.put("type", "integer");
    Min min = arguments[1].getAnnotation(Min.class);
    Max max = arguments[1].getAnnotation(Max.class);
    if (min != null) {
      values.put("minimum", min.value());
    }
    if (max != null) {
      values.put("maximum", max.value());
    }
    return new CustomPropertyDefinition(schema);
  }
}
