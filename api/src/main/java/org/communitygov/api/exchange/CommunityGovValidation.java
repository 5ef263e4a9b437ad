package org.communitygov.api.exchange;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Hibernate Validator set up to see the model's constraints, for a user's own validator.
 *
 * <p>The model's accessors are named like records and {@code java.time} ({@code name()}, not {@code
 * getName()}), where a validator with its default settings looks for no constraints: it finds none
 * on a {@code Person}. {@link #configure} makes such accessors properties named like the method
 * ({@code name}, as in the JSON), and keeps every JavaBean getter named as Hibernate Validator
 * names it ({@code getTitle()} is {@code title}), so the user's own beans validated by the same
 * validator keep their property paths (docs/adr/0023-constraints-for-a-users-validator.md):
 *
 * <pre>{@code
 * ValidatorFactory factory =
 *     CommunityGovValidation.configure(Validation.byProvider(HibernateValidator.class).configure())
 *         .messageInterpolator(new ParameterMessageInterpolator()) // no expression language needed
 *         .buildValidatorFactory();
 * }</pre>
 *
 * <p>The one difference a user bean sees: a constraint on a method that is neither a JavaBean
 * getter nor takes parameters ({@code @NotNull String describe()}) is checked as a property, where
 * the default settings ignore it.
 *
 * @since 0.1.0
 */
public final class CommunityGovValidation {
  private CommunityGovValidation() {}

  /**
   * Sets the property selection that sees the model's constraints on a Hibernate Validator
   * configuration; nothing else is changed.
   *
   * @param configuration the configuration, from {@code
   *     Validation.byProvider(HibernateValidator.class).configure()}, not null
   * @return the same configuration, for chaining
   */
  public static HibernateValidatorConfiguration configure(
      HibernateValidatorConfiguration configuration) {
    return configuration.getterPropertySelectionStrategy(getterPropertySelectionStrategy());
  }

  /**
   * Returns the property selection that sees the model's constraints: record-style accessors as
   * properties named like the method, JavaBean getters as Hibernate Validator's default names them.
   *
   * @return the strategy, not null
   */
  public static GetterPropertySelectionStrategy getterPropertySelectionStrategy() {
    return new AccessorProperties();
  }

  /**
   * Returns a new validator factory ready for the model: {@link #configure} and the {@link
   * ParameterMessageInterpolator}, so no expression language implementation is needed. The caller
   * closes it.
   *
   * @return the factory, not null
   */
  public static ValidatorFactory newValidatorFactory() {
    return configure(Validation.byProvider(HibernateValidator.class).configure())
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
  }
}
