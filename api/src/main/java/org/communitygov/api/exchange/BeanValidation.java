package org.communitygov.api.exchange;

import jakarta.validation.Validator;

/**
 * The validator of the exchange validator: Hibernate Validator as {@link
 * CommunityGovValidation#newValidatorFactory()} sets it up, no expression language.
 */
final class BeanValidation {
  private BeanValidation() {}

  static Validator newValidator() {
    return CommunityGovValidation.newValidatorFactory().getValidator();
  }
}
