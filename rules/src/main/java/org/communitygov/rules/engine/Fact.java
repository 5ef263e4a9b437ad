package org.communitygov.rules.engine;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.communitygov.model.common.SensitiveCategory;
import org.jspecify.annotations.Nullable;

/**
 * A named fact a rule used, with its value rendered as text, such as {@code perCapitaIncome =
 * 812.00}, optionally marked sensitive so that explanations mask it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Fact {
  private final String name;
  // The value as given; its text is made only when asked for (most explanations are never
  // rendered), then kept. The race on {@code text} is benign: every thread computes the same.
  private final Object raw;
  private String text;
  private final SensitiveCategory sensitivity;
  private final LocalizedText label;

  private Fact(String name, Object raw, SensitiveCategory sensitivity, LocalizedText label) {
    this.name = name;
    this.raw = raw;
    this.sensitivity = sensitivity;
    this.label = label;
  }

  /**
   * Obtains a fact that is not sensitive.
   *
   * @param name the fact's name, not blank, not null
   * @param value the value, immutable (its text is made when first asked for): a {@link BigDecimal}
   *     is rendered in plain notation with its scale, anything else by {@code String.valueOf}, not
   *     null
   * @return the fact, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank
   */
  public static Fact of(String name, Object value) {
    return new Fact(checked(name), Objects.requireNonNull(value, "value"), null, null);
  }

  static String checked(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    return name;
  }

  /**
   * Obtains a sensitive fact: explanations mask its value unless the category is revealed.
   *
   * @param name the fact's name, not blank, not null
   * @param value the value, not null
   * @param category the kind of sensitive information, not null
   * @return the fact, not null
   */
  public static Fact sensitive(String name, Object value, SensitiveCategory category) {
    return new Fact(
        checked(name),
        Objects.requireNonNull(value, "value"),
        Objects.requireNonNull(category, "category"),
        null);
  }

  /**
   * Obtains a sensitive fact with a label for explanations (see {@link #withLabel}).
   *
   * @param name the fact's name, not blank, not null
   * @param value the value, not null
   * @param category the kind of sensitive information, not null
   * @param label the label, not null
   * @return the fact, not null
   * @since 0.1.0
   */
  public static Fact sensitive(
      String name, Object value, SensitiveCategory category, LocalizedText label) {
    return new Fact(
        checked(name),
        Objects.requireNonNull(value, "value"),
        Objects.requireNonNull(category, "category"),
        Objects.requireNonNull(label, "label"));
  }

  /** A fact whose name was checked when its template was made. */
  static Fact trusted(
      String name,
      Object value,
      @Nullable SensitiveCategory sensitivity,
      @Nullable LocalizedText label) {
    return new Fact(name, value, sensitivity, label);
  }

  static String text(Object value) {
    return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
  }

  /**
   * Returns a copy with a label for explanations; without one, the message bundles are asked for
   * {@code label.<name>}.
   *
   * @param label the label, not null
   * @return the fact, not null
   */
  public Fact withLabel(LocalizedText label) {
    return new Fact(name, raw, sensitivity, Objects.requireNonNull(label, "label"));
  }

  /**
   * Returns the name.
   *
   * @return the name, not null
   */
  public String name() {
    return name;
  }

  /**
   * Returns the value as text. It may be sensitive: check {@link #sensitivity()} before showing it.
   *
   * @return the value, not null
   */
  public String value() {
    String t = text;
    if (t == null) {
      t = text(raw);
      text = t;
    }
    return t;
  }

  /** Returns the value as given, for comparisons that need not go through text. */
  Object raw() {
    return raw;
  }

  /**
   * Returns the kind of sensitive information, or empty if the fact is not sensitive.
   *
   * @return the category, not null
   */
  public Optional<SensitiveCategory> sensitivity() {
    return Optional.ofNullable(sensitivity);
  }

  /**
   * Returns the label for explanations, if one was given.
   *
   * @return the label, not null
   */
  public Optional<LocalizedText> label() {
    return Optional.ofNullable(label);
  }

  /**
   * Returns the label in a locale, or empty if none was given.
   *
   * @param locale the locale, not null
   * @return the label, not null
   */
  Optional<String> label(Locale locale) {
    return label().map(l -> l.in(locale));
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this
        || (obj instanceof Fact other
            && other.name.equals(name)
            && other.value().equals(value())
            && other.sensitivity == sensitivity
            && Objects.equals(other.label, label));
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, value(), sensitivity, label);
  }

  /**
   * Returns {@code name = value}, with a sensitive value masked.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return name + " = " + (sensitivity == null ? value() : "***");
  }
}
