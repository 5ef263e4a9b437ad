package org.communitygov.api.exchange;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * The properties of {@link CommunityGovValidation}: a JavaBean getter ({@code getX()}, {@code
 * boolean isX()}, {@code boolean hasX()}) is the property Hibernate Validator's default strategy
 * makes of it; any other method without parameters that returns a value, except those of {@link
 * Object}, is a property named like the method ({@code name()} is {@code name}). The strategy sees
 * no declaring class, so the rule must leave a user's JavaBean names as they were.
 */
final class AccessorProperties implements GetterPropertySelectionStrategy {
  private static final Set<String> OBJECT_METHODS =
      Set.of("hashCode", "toString", "getClass", "clone", "finalize");

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    String name = executable.getName();
    Class<?> type = executable.getReturnType();
    if (executable.getParameterTypes().length != 0
        || type == void.class
        || OBJECT_METHODS.contains(name)) {
      return Optional.empty();
    }
    if (name.length() > 3 && name.startsWith("get")) {
      return Optional.of(decapitalize(name.substring(3)));
    }
    if (type == boolean.class && name.length() > 2 && name.startsWith("is")) {
      return Optional.of(decapitalize(name.substring(2)));
    }
    if (type == boolean.class && name.length() > 3 && name.startsWith("has")) {
      return Optional.of(decapitalize(name.substring(3)));
    }
    return Optional.of(name);
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    String capitalized = Character.toUpperCase(propertyName.charAt(0)) + propertyName.substring(1);
    return List.of("get" + capitalized, "is" + capitalized, "has" + capitalized, propertyName);
  }

  /** As {@code java.beans.Introspector}: {@code Title} is {@code title}, {@code URL} stays. */
  private static String decapitalize(String name) {
    if (name.length() > 1
        && Character.isUpperCase(name.charAt(0))
        && Character.isUpperCase(name.charAt(1))) {
      return name;
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
