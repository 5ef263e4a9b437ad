package org.communitygov.rules.engine;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The id of the parameter a component of a rule's parameter declaration holds, such as {@code
 * mlg.standard.urban}: what {@link RuleContext#parameters(Class)} resolves for it.
 *
 * <pre>{@code
 * record HeatingParameters(
 *     @ParameterId("city.heating.maxIncome") ResolvedParameter<BigDecimal> maxIncome,
 *     @ParameterId("city.heating.amount") ResolvedParameter<Money> amount) {}
 * }</pre>
 *
 * <p>The type of the parameter follows from the component's: {@code ResolvedParameter<BigDecimal>}
 * is a decimal, {@code <Integer>} an integer, {@code <Boolean>} a boolean, {@code <String>} a code,
 * {@code <Money>} an amount of money; {@code Optional<ResolvedParameter<…>>} is a parameter that
 * may have no value there and then (empty instead of {@link MissingParameterException}).
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface ParameterId {
  /**
   * Returns the parameter's id.
   *
   * @return the id, matching {@link ParameterKey#PATTERN}
   */
  String value();
}
