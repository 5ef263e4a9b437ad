package org.communitygov.rules.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.communitygov.model.common.Money;

/**
 * The type of a parameter's values: a decimal, an integer, a boolean, a code or money.
 *
 * <p>In parameter files a decimal and an integer are JSON numbers, a boolean is {@code true} or
 * {@code false}, a code is a string and money a string such as {@code "735.00 CNY"}. Decimals keep
 * the scale written ({@code 735.00}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the Java type of the values
 * @since 0.1.0
 */
public final class ParameterType<T> {
  /** Exact decimal values, such as an amount of money per person and month. */
  public static final ParameterType<BigDecimal> DECIMAL =
      new ParameterType<>("DECIMAL", BigDecimal.class);

  /** Whole numbers, such as an age limit or a score. */
  public static final ParameterType<Integer> INTEGER =
      new ParameterType<>("INTEGER", Integer.class);

  /** Yes or no. */
  public static final ParameterType<Boolean> BOOLEAN =
      new ParameterType<>("BOOLEAN", Boolean.class);

  /** A code from a closed list, such as {@code MAX_ONE}. */
  public static final ParameterType<String> CODE = new ParameterType<>("CODE", String.class);

  /**
   * An amount of money with its currency, such as a standard of 735.00 CNY. In parameter files a
   * string of the amount, one space and the ISO 4217 code ({@code "735.00 CNY"}), read strictly (no
   * more decimals than the currency has); explanations show the amount (the unit names the
   * currency), fingerprints the amount and the currency.
   *
   * @since 0.1.0
   */
  public static final ParameterType<Money> MONEY = new ParameterType<>("MONEY", Money.class);

  private static final List<ParameterType<?>> ALL = List.of(DECIMAL, INTEGER, BOOLEAN, CODE, MONEY);

  private final String name;
  private final Class<T> javaType;

  private ParameterType(String name, Class<T> javaType) {
    this.name = name;
    this.javaType = javaType;
  }

  /**
   * Returns the type with the given name, as written in parameter files.
   *
   * @param name {@code DECIMAL}, {@code INTEGER}, {@code BOOLEAN}, {@code CODE} or {@code MONEY},
   *     not null
   * @return the type, not null
   * @throws IllegalArgumentException if the name is not one of these
   */
  public static ParameterType<?> named(String name) {
    Objects.requireNonNull(name, "name");
    for (ParameterType<?> type : ALL) {
      if (type.name.equals(name)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown parameter type: " + name);
  }

  /**
   * Returns the name, as written in parameter files.
   *
   * @return the name, not null
   */
  public String name() {
    return name;
  }

  /**
   * Returns the Java type of the values.
   *
   * @return the class, not null
   */
  public Class<T> javaType() {
    return javaType;
  }

  /**
   * Casts a value to this type.
   *
   * @param value the value, not null
   * @return the value, not null
   * @throws ClassCastException if the value is not of this type
   */
  public T cast(Object value) {
    return javaType.cast(value);
  }

  /**
   * Renders a value as shown in explanations: a decimal in plain notation with its scale, money as
   * its amount so, others as {@code String.valueOf}.
   *
   * @param value the value, not null
   * @return the text, not null
   */
  public String render(Object value) {
    if (value instanceof Money m) {
      return m.amount().toPlainString();
    }
    return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
  }

  /**
   * Renders a value as canonical text, for fingerprints: as {@link #render}, except that money is
   * its amount, one space and its currency ({@code 735.00 CNY}), so that two currencies never read
   * alike.
   *
   * @param value the value, not null
   * @return the text, not null
   * @since 0.1.0
   */
  public String canonical(Object value) {
    return value instanceof Money m ? m.toString() : render(value);
  }

  /**
   * Returns the name.
   *
   * @return the name, not null
   */
  @Override
  public String toString() {
    return name;
  }
}
