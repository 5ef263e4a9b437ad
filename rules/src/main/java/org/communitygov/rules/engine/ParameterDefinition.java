package org.communitygov.rules.engine;

import java.util.Objects;
import java.util.Optional;

/**
 * What a parameter is: its typed key, unit, label, description and an optional qualifier shown
 * after the place name in explanations (重庆市<em>城市</em> / Chongqing <em>urban</em>).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ParameterDefinition {
  private final ParameterKey<?> key;
  private final String unit;
  private final LocalizedText label;
  private final LocalizedText description;
  private final LocalizedText qualifier;

  private ParameterDefinition(
      ParameterKey<?> key,
      String unit,
      LocalizedText label,
      LocalizedText description,
      LocalizedText qualifier) {
    this.key = key;
    this.unit = unit;
    this.label = label;
    this.description = description;
    this.qualifier = qualifier;
  }

  /**
   * Obtains a definition.
   *
   * @param key the typed key, not null
   * @param unit the unit, such as {@code CNY/person/month}, {@code ratio}, {@code years}, {@code
   *     points} or {@code code}, not blank, not null
   * @param label the short name, not null
   * @param description what the parameter means, not null
   * @return the definition, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code unit} is blank
   */
  public static ParameterDefinition of(
      ParameterKey<?> key, String unit, LocalizedText label, LocalizedText description) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(unit, "unit");
    if (unit.isBlank()) {
      throw new IllegalArgumentException("unit must not be blank");
    }
    return new ParameterDefinition(
        key,
        unit,
        Objects.requireNonNull(label, "label"),
        Objects.requireNonNull(description, "description"),
        null);
  }

  /**
   * Returns a copy with a qualifier shown after the place name, such as 城市 / urban.
   *
   * @param qualifier the qualifier, not null
   * @return the definition, not null
   */
  public ParameterDefinition withQualifier(LocalizedText qualifier) {
    return new ParameterDefinition(
        key, unit, label, description, Objects.requireNonNull(qualifier, "qualifier"));
  }

  /**
   * Returns the typed key.
   *
   * @return the key, not null
   */
  public ParameterKey<?> key() {
    return key;
  }

  /**
   * Returns the parameter id.
   *
   * @return the id, not null
   */
  public String id() {
    return key.id();
  }

  /**
   * Returns the unit.
   *
   * @return the unit, not null
   */
  public String unit() {
    return unit;
  }

  /**
   * Returns the short name.
   *
   * @return the label, not null
   */
  public LocalizedText label() {
    return label;
  }

  /**
   * Returns what the parameter means.
   *
   * @return the description, not null
   */
  public LocalizedText description() {
    return description;
  }

  /**
   * Returns the qualifier shown after the place name, if any.
   *
   * @return the qualifier, not null
   */
  public Optional<LocalizedText> qualifier() {
    return Optional.ofNullable(qualifier);
  }

  /**
   * Returns the id.
   *
   * @return the id, not null
   */
  @Override
  public String toString() {
    return key.toString();
  }
}
