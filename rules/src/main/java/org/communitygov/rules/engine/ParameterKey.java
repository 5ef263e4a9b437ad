package org.communitygov.rules.engine;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;
import org.communitygov.model.common.Money;

/**
 * The typed name of a parameter, such as the decimal {@code mlg.standard.urban}: what a rule uses
 * to resolve a value of the right Java type.
 *
 * <p>An id is lower camel case words separated by dots (pattern {@value #PATTERN}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the Java type of the values
 * @since 0.1.0
 */
public final class ParameterKey<T> {
  /** The pattern every parameter id matches. */
  public static final String PATTERN = "^[a-z][A-Za-z0-9]*(\\.[a-z0-9][A-Za-z0-9]*)*$";

  private static final Pattern COMPILED = Pattern.compile(PATTERN);

  private final String id;
  private final ParameterType<T> type;

  private ParameterKey(String id, ParameterType<T> type) {
    this.id = id;
    this.type = type;
  }

  /**
   * Obtains a key.
   *
   * @param <T> the Java type of the values
   * @param id the parameter id, not null
   * @param type the value type, not null
   * @return the key, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id does not match {@link #PATTERN}
   */
  public static <T> ParameterKey<T> of(String id, ParameterType<T> type) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    if (!COMPILED.matcher(id).matches()) {
      throw new IllegalArgumentException("parameter id must match " + PATTERN + ": " + id);
    }
    return new ParameterKey<>(id, type);
  }

  /**
   * Obtains the key of a decimal parameter.
   *
   * @param id the parameter id, not null
   * @return the key, not null
   * @throws IllegalArgumentException if the id does not match {@link #PATTERN}
   */
  public static ParameterKey<BigDecimal> decimal(String id) {
    return of(id, ParameterType.DECIMAL);
  }

  /**
   * Obtains the key of an integer parameter.
   *
   * @param id the parameter id, not null
   * @return the key, not null
   * @throws IllegalArgumentException if the id does not match {@link #PATTERN}
   */
  public static ParameterKey<Integer> integer(String id) {
    return of(id, ParameterType.INTEGER);
  }

  /**
   * Obtains the key of a boolean parameter.
   *
   * @param id the parameter id, not null
   * @return the key, not null
   * @throws IllegalArgumentException if the id does not match {@link #PATTERN}
   */
  public static ParameterKey<Boolean> bool(String id) {
    return of(id, ParameterType.BOOLEAN);
  }

  /**
   * Obtains the key of a code parameter.
   *
   * @param id the parameter id, not null
   * @return the key, not null
   * @throws IllegalArgumentException if the id does not match {@link #PATTERN}
   */
  public static ParameterKey<String> code(String id) {
    return of(id, ParameterType.CODE);
  }

  /**
   * Obtains the key of a money parameter (an amount with its currency).
   *
   * @param id the parameter id, not null
   * @return the key, not null
   * @throws IllegalArgumentException if the id does not match {@link #PATTERN}
   * @since 0.1.0
   */
  public static ParameterKey<Money> money(String id) {
    return of(id, ParameterType.MONEY);
  }

  /**
   * Returns the parameter id.
   *
   * @return the id, not null
   */
  public String id() {
    return id;
  }

  /**
   * Returns the value type.
   *
   * @return the type, not null
   */
  public ParameterType<T> type() {
    return type;
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this
        || (obj instanceof ParameterKey<?> other && other.id.equals(id) && other.type == type);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /**
   * Returns {@code id:TYPE}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return id + ":" + type;
  }
}
