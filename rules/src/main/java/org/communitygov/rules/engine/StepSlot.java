package org.communitygov.rules.engine;

import java.util.Objects;
import org.communitygov.model.common.SensitiveCategory;
import org.jspecify.annotations.Nullable;

/**
 * A place for a value in a {@link StepTemplate}: a fact with its name (and sensitivity and label),
 * a parameter value with its label, or a constant fact that takes no value. Used for the sides of a
 * template's comparison. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class StepSlot {
  private final @Nullable String name;
  private final @Nullable SensitiveCategory category;
  private final @Nullable LocalizedText label;
  private final @Nullable Fact constant;
  final boolean parameter;
  // The name a value is given by, when it differs from the label (a parameter labelled by its id).
  private final @Nullable String valueName;

  StepSlot(
      @Nullable String name,
      @Nullable SensitiveCategory category,
      @Nullable LocalizedText label,
      @Nullable Fact constant,
      boolean parameter) {
    this(name, category, label, constant, parameter, null);
  }

  private StepSlot(
      @Nullable String name,
      @Nullable SensitiveCategory category,
      @Nullable LocalizedText label,
      @Nullable Fact constant,
      boolean parameter,
      @Nullable String valueName) {
    this.valueName = valueName;
    this.name = name;
    this.category = category;
    this.label = label;
    this.constant = constant;
    this.parameter = parameter;
  }

  /**
   * Returns a slot for a fact that is not sensitive, for a comparison side.
   *
   * @param name the fact's name, not blank, not null
   * @return the slot, not null
   */
  public static StepSlot fact(String name) {
    return new StepSlot(Fact.checked(name), null, null, null, false);
  }

  /**
   * Returns a slot for a fact that is not sensitive, with a label for explanations, for a
   * comparison side.
   *
   * @param name the fact's name, not blank, not null
   * @param label the label, not null
   * @return the slot, not null
   * @since 0.1.0
   */
  public static StepSlot fact(String name, LocalizedText label) {
    return new StepSlot(
        Fact.checked(name), null, Objects.requireNonNull(label, "label"), null, false);
  }

  /**
   * Returns a slot for a sensitive fact, for a comparison side.
   *
   * @param name the fact's name, not blank, not null
   * @param category the kind of sensitive information, not null
   * @return the slot, not null
   */
  public static StepSlot fact(String name, SensitiveCategory category) {
    return new StepSlot(
        Fact.checked(name), Objects.requireNonNull(category, "category"), null, null, false);
  }

  /**
   * Returns a slot for a parameter value labelled by the parameter's own id, for a comparison side.
   *
   * @return the slot, not null
   */
  public static StepSlot parameter() {
    return new StepSlot(null, null, null, null, true);
  }

  /**
   * Returns a slot for a parameter value labelled by a message key such as {@code localMlgStandard}
   * (see {@link Operand#of(String, ResolvedParameter)}), for a comparison side.
   *
   * @param label the message key of the label, not null
   * @return the slot, not null
   */
  public static StepSlot parameter(String label) {
    return new StepSlot(Objects.requireNonNull(label, "label"), null, null, null, true);
  }

  /**
   * Returns a constant side of a comparison: it takes no value.
   *
   * @param fact the fact, not null
   * @return the slot, not null
   */
  public static StepSlot constant(Fact fact) {
    return new StepSlot(null, null, null, Objects.requireNonNull(fact, "fact"), false);
  }

  /**
   * Returns this slot with the name its value is given by in {@link StepTemplate#with(String,
   * Object)}, when that is not its fact's name or its parameter's label (a parameter labelled by
   * its own id has neither).
   *
   * @param valueName the name, not blank, not null
   * @return the slot, not null
   * @since 0.1.0
   */
  public StepSlot named(String valueName) {
    return new StepSlot(name, category, label, constant, parameter, Fact.checked(valueName));
  }

  /** The name a value is given by: as named, else the fact's name or the parameter's label. */
  @Nullable String name() {
    return valueName != null ? valueName : name;
  }

  boolean takesValue() {
    return constant == null;
  }

  Fact fact(@Nullable Object value) {
    return constant != null
        ? constant
        : Fact.trusted(
            Objects.requireNonNull(name), Objects.requireNonNull(value), category, label);
  }

  /** The value to compare: a constant's, a parameter's value, or the value itself. */
  Object raw(@Nullable Object value) {
    if (constant != null) {
      return constant.raw();
    }
    Object v = Objects.requireNonNull(value);
    return parameter ? ((ResolvedParameter<?>) v).value() : v;
  }

  Operand operand(@Nullable Object value) {
    if (parameter) {
      ResolvedParameter<?> p = (ResolvedParameter<?>) Objects.requireNonNull(value);
      return p.operand(name == null ? p.id() : name);
    }
    return Operand.of(fact(value));
  }

  @Override
  public String toString() {
    return parameter
        ? (name == null ? "parameter" : "parameter " + name)
        : constant != null ? "constant " + constant : name;
  }
}
