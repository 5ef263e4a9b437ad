package org.communitygov.api.schema;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.Module;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.communitygov.model.common.Extensions;

/**
 * Tells the schema generator which accessors of an Immutables model type are on the wire, under
 * which name, and which are required.
 *
 * <p>The model types are abstract classes whose attributes are argument-free accessors ({@code
 * name()}, not {@code getName()}); Jackson writes the generated {@code ImmutableX}. The attributes
 * are therefore the properties Jackson finds on the type named by {@code @JsonSerialize(as = …)},
 * so the schema follows the wire format, not a second list of names. An attribute is required
 * unless it is an {@code Optional}, a collection (written only when not empty), or has a default
 * ({@code extensions}, any accessor that is not abstract: {@code @Value.Default}); a collection
 * whose {@code @Size} has a minimum above zero is required too, since an absent collection reads as
 * empty.
 */
final class WireAttributes implements Module {
  private final JsonMapper mapper;
  private final Map<Class<?>, Set<String>> namesByType = new ConcurrentHashMap<>();

  WireAttributes(JsonMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void applyToConfigBuilder(SchemaGeneratorConfigBuilder builder) {
    builder.forMethods().withIgnoreCheck(method -> !isAttribute(method));
    builder.forMethods().withPropertyNameOverrideResolver(MethodScope::getDeclaredName);
    builder.forMethods().withRequiredCheck(WireAttributes::isRequired);
  }

  private boolean isAttribute(MethodScope method) {
    if (method.isStatic() || method.getArgumentCount() != 0 || method.getType() == null) {
      return false;
    }
    if (method.isFakeContainerItemScope()) {
      return true;
    }
    Class<?> declaring = method.getRawMember().getDeclaringClass();
    return Modifier.isPublic(method.getRawMember().getModifiers())
        && wireNames(declaring).contains(method.getDeclaredName());
  }

  private Set<String> wireNames(Class<?> declaring) {
    return namesByType.computeIfAbsent(declaring, this::introspect);
  }

  private Set<String> introspect(Class<?> declaring) {
    JsonSerialize as = declaring.getAnnotation(JsonSerialize.class);
    if (as == null || as.as() == Void.class) {
      return Set.of();
    }
    JavaType type = mapper.constructType(as.as());
    BeanDescription description = mapper.getSerializationConfig().introspect(type);
    return description.findProperties().stream()
        .filter(BeanPropertyDefinition::couldSerialize)
        .map(BeanPropertyDefinition::getName)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static boolean isRequired(MemberScope<?, ?> member) {
    Class<?> type =
        member.getRawMember() instanceof java.lang.reflect.Method m ? m.getReturnType() : null;
    if (type == null
        || type == Optional.class
        || type == OptionalInt.class
        || type == Extensions.class
        || !java.lang.reflect.Modifier.isAbstract(
            ((java.lang.reflect.Method) member.getRawMember()).getModifiers())) {
      // Not abstract: an attribute with a default (@Value.Default), which may be left out.
      return false;
    }
    if (Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
      Size size = member.getAnnotation(Size.class);
      return size != null && size.min() > 0;
    }
    return true;
  }
}
