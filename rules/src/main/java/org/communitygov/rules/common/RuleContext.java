package org.communitygov.rules.common;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where and when a rule is evaluated, and with which parameters.
 *
 * @param parameters the parameters, not null
 * @param jurisdiction the jurisdiction the decision is made in, not null
 * @param date the date the decision is made for, not null
 * @since 0.1.0
 */
public record RuleContext(ParameterSet parameters, Jurisdiction jurisdiction, LocalDate date) {
  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public RuleContext {
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(date, "date");
  }

  /**
   * Obtains a context.
   *
   * @param parameters the parameters, not null
   * @param jurisdiction the jurisdiction, not null
   * @param date the date, not null
   * @return the context, not null
   */
  public static RuleContext of(ParameterSet parameters, Jurisdiction jurisdiction, LocalDate date) {
    return new RuleContext(parameters, jurisdiction, date);
  }

  /**
   * Resolves a parameter in this context's jurisdiction on its date.
   *
   * @param <T> the Java type of the value
   * @param key the parameter's key, not null
   * @return the resolved value, not null
   * @throws MissingParameterException if no value applies
   */
  public <T> ResolvedParameter<T> resolve(ParameterKey<T> key) {
    return parameters.resolve(key, jurisdiction, date);
  }
}
