package org.communitygov.api.exchange;

import com.fasterxml.jackson.databind.JavaType;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The largest sizes of the collections of one record type and of every model type it holds, as the
 * model's {@link Size} constraints declare them, found once per record type through the Bean
 * Validation metadata (the constraints themselves, not a copy). {@link SizeCheck} checks them on a
 * record's tokens before it is bound, so that an oversized collection never reaches the invariants
 * (docs/adr/0033-sizes-before-invariants.md).
 *
 * <p>Only collections: a long string costs its object's invariants nothing, and is bounded by the
 * parser. A {@code Set} counts its distinct elements, as the bound set would; a set of objects
 * (whose equality JSON does not show) is left to Bean Validation after binding.
 */
final class SizeLimits {
  /** A collection property's largest size and the code and arguments. */
  record Limit(int max, boolean distinct, String code, Map<String, String> arguments) {}

  /** The limits of each model type that has or holds one, by JSON property name. */
  private final Map<Class<?>, Map<String, Limit>> byType;

  private SizeLimits(Map<Class<?>, Map<String, Limit>> byType) {
    this.byType = byType;
  }

  static SizeLimits of(Bindings bindings, Class<?> recordType) {
    Map<Class<?>, Map<String, Limit>> byType = new HashMap<>();
    reaches(bindings, recordType, byType, new HashSet<>());
    return new SizeLimits(Map.copyOf(byType));
  }

  /** Whether a value of the type is or holds a model type with a limit. */
  boolean reaches(JavaType type) {
    return byType.containsKey(element(type).getRawClass());
  }

  /** The limits of a model type's own properties, by JSON name. */
  Map<String, Limit> of(Class<?> modelType) {
    return byType.getOrDefault(modelType, Map.of());
  }

  /** The type inside any {@code Optional}s and collections. */
  static JavaType element(JavaType type) {
    JavaType t = type;
    while (t.getRawClass() == Optional.class
        || Collection.class.isAssignableFrom(t.getRawClass())) {
      t = t.getRawClass() == Optional.class ? t.containedTypeOrUnknown(0) : t.getContentType();
    }
    return t;
  }

  private static boolean reaches(
      Bindings bindings,
      Class<?> type,
      Map<Class<?>, Map<String, Limit>> byType,
      Set<Class<?>> seen) {
    if (byType.containsKey(type)) {
      return true;
    }
    Optional<WireShape> shape = bindings.shape(type);
    if (shape.isEmpty() || !seen.add(type)) {
      return false;
    }
    Map<String, Limit> own = own(bindings.validator(), shape.get());
    boolean reaches = !own.isEmpty();
    for (WireShape.Property property : shape.get().properties().values()) {
      reaches |= reaches(bindings, element(property.type()).getRawClass(), byType, seen);
    }
    if (reaches) {
      byType.put(type, own);
    }
    return reaches;
  }

  private static Map<String, Limit> own(Validator validator, WireShape shape) {
    BeanDescriptor bean = validator.getConstraintsForClass(shape.modelType());
    Map<String, Limit> limits = new LinkedHashMap<>();
    for (WireShape.Property property : shape.properties().values()) {
      Class<?> raw = property.type().getRawClass();
      PropertyDescriptor descriptor = bean.getConstraintsForProperty(property.java());
      if (descriptor == null || !Collection.class.isAssignableFrom(raw)) {
        continue;
      }
      boolean distinct = Set.class.isAssignableFrom(raw);
      JavaType content = property.type().getContentType();
      if (distinct
          && (Collection.class.isAssignableFrom(content.getRawClass())
              || content.getRawClass() == Optional.class
              || !content.isPrimitive()
                  && !content.isEnumType()
                  && content.getRawClass() != String.class)) {
        continue;
      }
      for (ConstraintDescriptor<?> constraint :
          descriptor
              .findConstraints()
              .unorderedAndMatchingGroups(Default.class)
              .getConstraintDescriptors()) {
        if (constraint.getAnnotation() instanceof Size size && size.max() < Integer.MAX_VALUE) {
          limits.put(
              property.json(),
              new Limit(
                  size.max(),
                  distinct,
                  Constraints.code(constraint),
                  Constraints.arguments(constraint)));
        }
      }
    }
    return limits;
  }
}
