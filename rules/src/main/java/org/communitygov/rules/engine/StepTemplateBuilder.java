package org.communitygov.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.communitygov.model.common.SensitiveCategory;
import org.jspecify.annotations.Nullable;

/**
 * A builder of a {@link StepTemplate}, from {@link StepTemplate#builder(String)}; not thread-safe.
 *
 * @since 0.1.0
 */
public final class StepTemplateBuilder {
  /** The value index of a slot that takes no value. */
  static final int NONE = -1;

  final String id;
  final List<StepSlot> facts = new ArrayList<>();
  final List<Integer> factValues = new ArrayList<>();
  @Nullable StepSlot left;
  int leftValue = NONE;
  @Nullable Operator operator;
  boolean holding;
  @Nullable StepSlot right;
  int rightValue = NONE;
  @Nullable StepSlot result;
  int resultValue = NONE;
  final List<Integer> parameterValues = new ArrayList<>();
  final List<StepSlot> slots = new ArrayList<>();
  @Nullable Citation citation;
  @Nullable SensitiveCategory sensitivity;

  StepTemplateBuilder(String id) {
    this.id = id;
  }

  /** Adds a slot, returning the index of its value or NONE. */
  int add(StepSlot slot) {
    if (!slot.takesValue()) {
      return NONE;
    }
    slots.add(slot);
    int index = slots.size() - 1;
    if (slot.parameter) {
      parameterValues.add(index);
    }
    return index;
  }

  private StepTemplateBuilder addFact(StepSlot slot) {
    facts.add(slot);
    factValues.add(add(slot));
    return this;
  }

  /**
   * Adds a fact that is not sensitive: takes one value.
   *
   * @param name the fact's name, not blank, not null
   * @return this builder, not null
   */
  public StepTemplateBuilder fact(String name) {
    return addFact(StepSlot.fact(name));
  }

  /**
   * Adds a sensitive fact: takes one value.
   *
   * @param name the fact's name, not blank, not null
   * @param category the kind of sensitive information, not null
   * @return this builder, not null
   */
  public StepTemplateBuilder fact(String name, SensitiveCategory category) {
    return addFact(StepSlot.fact(name, category));
  }

  /**
   * Adds a fact that is not sensitive, with a label for explanations: takes one value.
   *
   * @param name the fact's name, not blank, not null
   * @param label the label, not null
   * @return this builder, not null
   * @since 0.1.0
   */
  public StepTemplateBuilder fact(String name, LocalizedText label) {
    return addFact(StepSlot.fact(name, label));
  }

  /**
   * Adds a sensitive fact with a label for explanations: takes one value.
   *
   * @param name the fact's name, not blank, not null
   * @param category the kind of sensitive information, not null
   * @param label the label, not null
   * @return this builder, not null
   */
  public StepTemplateBuilder fact(String name, SensitiveCategory category, LocalizedText label) {
    return addFact(
        new StepSlot(
            Fact.checked(name),
            Objects.requireNonNull(category, "category"),
            Objects.requireNonNull(label, "label"),
            null,
            false));
  }

  /**
   * Adds a fact that is the same in every step: takes no value.
   *
   * @param constant the fact, not null
   * @return this builder, not null
   */
  public StepTemplateBuilder fact(Fact constant) {
    return addFact(StepSlot.constant(constant));
  }

  /**
   * Adds a parameter value used, by a name that {@link StepTemplate#with(String, Object)} gives it
   * (the name is not shown): takes one {@link ResolvedParameter} value.
   *
   * @param name the name of the value, not blank, not null
   * @return this builder, not null
   * @since 0.1.0
   */
  public StepTemplateBuilder parameter(String name) {
    add(StepSlot.parameter(Fact.checked(name)));
    return this;
  }

  /**
   * Sets the comparison, with a fixed operator; whether it held is computed from the values. Takes
   * a value for each side that is not a constant, left first. Parameter sides are among the
   * parameters used.
   *
   * @param left the left side, not null
   * @param operator the operator, not null
   * @param right the right side, not null
   * @return this builder, not null
   * @throws IllegalStateException if a comparison is already set
   */
  public StepTemplateBuilder comparison(StepSlot left, Operator operator, StepSlot right) {
    return compare(left, operator, right, false);
  }

  /**
   * Sets the comparison that shows the relation that holds: {@code left operator right} when it
   * holds, otherwise the same with the {@linkplain Operator#negate() negated} operator. Takes
   * values as {@link #comparison}.
   *
   * @param left the left side, not null
   * @param operator the operator shown when it holds, not null
   * @param right the right side, not null
   * @return this builder, not null
   * @throws IllegalStateException if a comparison is already set
   */
  public StepTemplateBuilder holding(StepSlot left, Operator operator, StepSlot right) {
    return compare(left, operator, right, true);
  }

  private StepTemplateBuilder compare(
      StepSlot left, Operator operator, StepSlot right, boolean holding) {
    if (this.operator != null) {
      throw new IllegalStateException("step " + id + " already has a comparison");
    }
    this.left = Objects.requireNonNull(left, "left");
    this.operator = Objects.requireNonNull(operator, "operator");
    this.right = Objects.requireNonNull(right, "right");
    this.holding = holding;
    this.leftValue = add(left);
    this.rightValue = add(right);
    return this;
  }

  /**
   * Sets the result, not sensitive: takes one value.
   *
   * @param name the fact's name, not blank, not null
   * @return this builder, not null
   */
  public StepTemplateBuilder result(String name) {
    return setResult(StepSlot.fact(name));
  }

  /**
   * Sets the result, not sensitive, with a label for explanations: takes one value.
   *
   * @param name the fact's name, not blank, not null
   * @param label the label, not null
   * @return this builder, not null
   * @since 0.1.0
   */
  public StepTemplateBuilder result(String name, LocalizedText label) {
    return setResult(StepSlot.fact(name, label));
  }

  /**
   * Sets the result, sensitive: takes one value.
   *
   * @param name the fact's name, not blank, not null
   * @param category the kind of sensitive information, not null
   * @return this builder, not null
   */
  public StepTemplateBuilder result(String name, SensitiveCategory category) {
    return setResult(StepSlot.fact(name, category));
  }

  /**
   * Sets a result that is the same in every step: takes no value.
   *
   * @param constant the result, not null
   * @return this builder, not null
   */
  public StepTemplateBuilder result(Fact constant) {
    return setResult(StepSlot.constant(constant));
  }

  private StepTemplateBuilder setResult(StepSlot slot) {
    if (result != null) {
      throw new IllegalStateException("step " + id + " already has a result");
    }
    result = slot;
    resultValue = add(slot);
    return this;
  }

  /**
   * Sets the source of the step itself.
   *
   * @param citation the citation, not null
   * @return this builder, not null
   */
  public StepTemplateBuilder citation(Citation citation) {
    this.citation = Objects.requireNonNull(citation, "citation");
    return this;
  }

  /**
   * Marks every step of the template as telling sensitive information by being there at all (see
   * {@link Step#sensitivity()}).
   *
   * @param category the kind of sensitive information, not null
   * @return this builder, not null
   */
  public StepTemplateBuilder sensitive(SensitiveCategory category) {
    this.sensitivity = Objects.requireNonNull(category, "category");
    return this;
  }

  /**
   * Builds the template.
   *
   * @return the template, not null
   * @throws IllegalStateException if a value has no name ({@link StepSlot#parameter()} without
   *     {@link StepSlot#named}) or two values share one: values are given by name
   */
  public StepTemplate build() {
    return new StepTemplate(this);
  }

  /** The name of each value: values are given by name only, so each has one of its own. */
  static String[] names(String id, StepSlot[] slots) {
    String[] names = new String[slots.length];
    for (int i = 0; i < slots.length; i++) {
      String name = slots[i].name();
      if (name == null) {
        throw new IllegalStateException(
            "step " + id + ": " + slots[i] + " has no name; give it one with StepSlot.named");
      }
      for (int j = 0; j < i; j++) {
        if (name.equals(names[j])) {
          throw new IllegalStateException("step " + id + ": two values are named " + name);
        }
      }
      names[i] = name;
    }
    return names;
  }

  /** The list as an array. */
  static int[] ints(List<Integer> list) {
    int[] a = new int[list.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = list.get(i);
    }
    return a;
  }
}
