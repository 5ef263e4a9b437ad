package org.communitygov.api.exchange;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs Bean Validation and turns each violation into an issue {@code constraint.<Annotation>} at
 * the violation's JSON Pointer, with the constraint's numeric limits as arguments. Hibernate
 * Validator's own messages are not used: they may quote the invalid value.
 */
final class Constraints {
  private static final Set<String> NOT_ARGUMENTS = Set.of("message", "groups", "payload");
  private static final List<String> ARGUMENT_ORDER =
      List.of("min", "max", "value", "inclusive", "integer", "fraction");

  private final Validator validator;
  private final IssueSink sink;

  Constraints(Validator validator, IssueSink sink) {
    this.validator = validator;
    this.sink = sink;
  }

  /** Validates a bound value and everything it cascades to. */
  void validate(Object value, Where where, String pointer) {
    for (ConstraintViolation<Object> violation : validator.validate(value)) {
      report(violation, where, pointer);
    }
  }

  /**
   * Validates one property's value against the property's constraints, without cascading.
   *
   * @return the pointers reported, not null
   */
  Set<String> validateProperty(
      Class<?> beanType, String property, Object value, Where where, String objectPointer) {
    @SuppressWarnings("unchecked")
    Class<Object> type = (Class<Object>) beanType;
    Set<ConstraintViolation<Object>> violations = validator.validateValue(type, property, value);
    if (violations.isEmpty()) {
      return Set.of();
    }
    Set<String> pointers = new HashSet<>();
    for (ConstraintViolation<Object> violation : violations) {
      pointers.add(report(violation, where, objectPointer));
    }
    return pointers;
  }

  private String report(ConstraintViolation<?> violation, Where where, String base) {
    ConstraintDescriptor<?> descriptor = violation.getConstraintDescriptor();
    String at = base + pointer(violation.getPropertyPath());
    sink.add(Severity.ERROR, code(descriptor), where, at, arguments(descriptor));
    return at;
  }

  /** The issue code of a constraint: {@code constraint.} and the annotation's simple name. */
  static String code(ConstraintDescriptor<?> descriptor) {
    return "constraint." + descriptor.getAnnotation().annotationType().getSimpleName();
  }

  static String pointer(Path path) {
    StringBuilder out = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        out.append(Pointers.index(node.getIndex()));
      } else if (node.getKey() != null) {
        out.append(Pointers.token(String.valueOf(node.getKey())));
      }
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
        out.append(Pointers.token(node.getName()));
      }
    }
    return out.toString();
  }

  /** The constraint's numeric and boolean attributes, in a fixed order: the issue's arguments. */
  static Map<String, String> arguments(ConstraintDescriptor<?> descriptor) {
    Map<String, String> args = new LinkedHashMap<>();
    descriptor.getAttributes().entrySet().stream()
        .filter(e -> !NOT_ARGUMENTS.contains(e.getKey()))
        .filter(e -> e.getValue() instanceof Number || e.getValue() instanceof Boolean)
        .sorted(
            Comparator.comparing((Map.Entry<String, Object> e) -> rank(e.getKey()))
                .thenComparing(Map.Entry::getKey))
        .forEach(e -> args.put(e.getKey(), String.valueOf(e.getValue())));
    return args;
  }

  private static int rank(String name) {
    int rank = ARGUMENT_ORDER.indexOf(name);
    return rank < 0 ? ARGUMENT_ORDER.size() : rank;
  }
}
