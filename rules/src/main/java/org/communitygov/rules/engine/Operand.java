package org.communitygov.rules.engine;

import java.util.Objects;
import java.util.Optional;

/**
 * One side of a comparison: a fact, or a parameter value with its source.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Operand {
  private final Fact fact;
  private final ResolvedParameter<?> parameter;
  private final String label;

  private Operand(Fact fact, ResolvedParameter<?> parameter, String label) {
    this.fact = fact;
    this.parameter = parameter;
    this.label = label;
  }

  /**
   * Obtains an operand that is a fact; its label is the fact's.
   *
   * @param fact the fact, not null
   * @return the operand, not null
   */
  public static Operand of(Fact fact) {
    return new Operand(Objects.requireNonNull(fact, "fact"), null, fact.name());
  }

  /**
   * Obtains an operand that is a parameter value, labelled by a message key such as {@code
   * localMlgStandard} (looked up as {@code label.<key>}; the parameter's own label if absent).
   *
   * @param label the message key of the label, not null
   * @param parameter the resolved parameter, not null
   * @return the operand, not null
   */
  public static Operand of(String label, ResolvedParameter<?> parameter) {
    return Objects.requireNonNull(parameter, "parameter").operand(Objects.requireNonNull(label));
  }

  /** A new operand of a parameter value (see {@link ResolvedParameter#operand(String)}). */
  static Operand ofParameter(String label, ResolvedParameter<?> parameter) {
    return new Operand(null, parameter, label);
  }

  /**
   * Obtains an operand that is a parameter value labelled by the parameter's own label.
   *
   * @param parameter the resolved parameter, not null
   * @return the operand, not null
   */
  public static Operand of(ResolvedParameter<?> parameter) {
    return of(parameter.id(), parameter);
  }

  /**
   * Returns the message key of the label.
   *
   * @return the key, not null
   */
  public String label() {
    return label;
  }

  /**
   * Returns the value as text.
   *
   * @return the value, not null
   */
  public String value() {
    return fact != null ? fact.value() : parameter.valueText();
  }

  /** Returns the value as given (a fact's raw value or the parameter's value). */
  Object raw() {
    return fact != null ? fact.raw() : parameter.value();
  }

  /** Returns the parameter value, or null if this operand is a fact. */
  ResolvedParameter<?> parameterOrNull() {
    return parameter;
  }

  /**
   * Returns the fact, if this operand is one.
   *
   * @return the fact, not null
   */
  public Optional<Fact> fact() {
    return Optional.ofNullable(fact);
  }

  /**
   * Returns the parameter value, if this operand is one.
   *
   * @return the parameter, not null
   */
  public Optional<ResolvedParameter<?>> parameter() {
    return Optional.ofNullable(parameter);
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this
        || (obj instanceof Operand other
            && Objects.equals(other.fact, fact)
            && Objects.equals(other.parameter, parameter)
            && other.label.equals(label));
  }

  @Override
  public int hashCode() {
    return Objects.hash(fact, parameter, label);
  }

  /**
   * Returns {@code label value}, a sensitive value masked.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return fact != null ? fact.toString() : label + " " + value();
  }
}
