package org.communitygov.api.exchange;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Bootstraps Hibernate Validator for the model: no expression language ({@link
 * ParameterMessageInterpolator}; messages come from the validator's own bundles anyway), and
 * accessors named like records ({@code name()}) recognized as properties.
 */
final class BeanValidation {
  private BeanValidation() {}

  static Validator newValidator() {
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .getterPropertySelectionStrategy(new RecordStyleGetters())
        .buildValidatorFactory()
        .getValidator();
  }

  /**
   * Treats every no-argument, non-void method as a property named like the method, except the
   * methods of {@link Object}. The strategy sees no declaring class, so it applies to every type
   * validated; the validator only ever validates model types, whose accessors are named {@code
   * name()}.
   */
  static final class RecordStyleGetters implements GetterPropertySelectionStrategy {
    private static final Set<String> OBJECT_METHODS =
        Set.of("hashCode", "toString", "getClass", "clone", "finalize");

    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
      if (executable.getParameterTypes().length != 0
          || executable.getReturnType() == void.class
          || OBJECT_METHODS.contains(executable.getName())) {
        return Optional.empty();
      }
      return Optional.of(executable.getName());
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
      return List.of(propertyName);
    }
  }
}
