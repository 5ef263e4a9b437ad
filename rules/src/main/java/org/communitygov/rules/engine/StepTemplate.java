package org.communitygov.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.communitygov.model.common.SensitiveCategory;
import org.jspecify.annotations.Nullable;

/**
 * The shape of an explanation step that a rule makes for every decision: its id, the names of its
 * facts, where its parameter values go, its comparison, its result, its citation. A rule makes the
 * template once; per decision, {@link #step(Object, Object)} and its siblings make the step from
 * the values alone.
 *
 * <p>A step made from a template holds the template and its values, nothing else: its facts,
 * operands and comparison are made when asked for. It carries the same information as a step made
 * with {@link Step#builder(String)}, and {@linkplain Step#equals equals} such a step when the
 * content is the same. Made for rules evaluated in bulk: see ADR 0022.
 *
 * <pre>{@code
 * static final StepTemplate STANDARD =
 *     StepTemplate.builder("mlg.standard")
 *         .fact("area")
 *         .holding(
 *             StepSlot.fact("perCapitaIncome", SensitiveCategory.FINANCIAL),
 *             Operator.LT,
 *             StepSlot.parameter("localMlgStandard"))
 *         .build();
 * Step step = STANDARD.step(Area.URBAN, perCapita, standard); // area, left, right
 * }</pre>
 *
 * <p>Values must be immutable (strings, numbers, enums, {@code java.time} values, identifiers,
 * unmodifiable collections): a step keeps them and shows them when asked. Whether the comparison
 * held is found when the step is made, and a value that cannot be compared fails there.
 *
 * <p>Values are taken in the order their slots were declared: each {@code fact(name…)}, {@code
 * parameter()} and {@code result(name…)} takes one, a comparison takes its left then its right
 * (unless a side is a {@linkplain StepSlot#constant constant}); constant facts and results take
 * none. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class StepTemplate extends StepShape {
  private static final int NONE = StepTemplateBuilder.NONE;

  private final String id;
  private final StepSlot[] facts;
  private final int[] factValues;
  private final @Nullable StepSlot left;
  private final int leftValue;
  private final @Nullable Operator operator;
  private final boolean holding;
  private final @Nullable StepSlot right;
  private final int rightValue;
  private final @Nullable StepSlot result;
  private final int resultValue;
  private final int[] parameterValues;
  private final StepSlot[] slots;
  private final boolean[] parameterAt;
  private final @Nullable Citation citation;
  private final @Nullable SensitiveCategory sensitivity;
  // The name of each value (a fact's name, a parameter's label or name), for with(name, value);
  // null where a value has no name or its name is not unique.
  private final @Nullable String[] names;

  StepTemplate(StepTemplateBuilder b) {
    this.id = b.id;
    this.facts = b.facts.toArray(new StepSlot[0]);
    this.factValues = ints(b.factValues);
    this.left = b.left;
    this.leftValue = b.leftValue;
    this.operator = b.operator;
    this.holding = b.holding;
    this.right = b.right;
    this.rightValue = b.rightValue;
    this.result = b.result;
    this.resultValue = b.resultValue;
    this.parameterValues = ints(b.parameterValues);
    this.slots = b.slots.toArray(new StepSlot[0]);
    this.parameterAt = new boolean[slots.length];
    for (int i : parameterValues) {
      parameterAt[i] = true;
    }
    this.citation = b.citation;
    this.sensitivity = b.sensitivity;
    this.names = names(slots);
  }

  private static @Nullable String[] names(StepSlot[] slots) {
    String[] names = new String[slots.length];
    for (int i = 0; i < slots.length; i++) {
      String name = slots[i].name();
      for (int j = 0; j < i && name != null; j++) {
        if (name.equals(slots[j].name())) {
          names[j] = null; // not unique: neither can be given by name
          name = null;
        }
      }
      names[i] = name;
    }
    return names;
  }

  private static final StepSlot[] NO_SLOTS = {};
  private static final int[] NO_INTS = {};

  private static int[] ints(List<Integer> list) {
    int[] a = new int[list.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = list.get(i);
    }
    return a;
  }

  /**
   * Starts a template.
   *
   * @param id the rule step's id, such as {@code mlg.standard}; its title is looked up as {@code
   *     step.<id>}, not null
   * @return the builder, not null
   */
  public static StepTemplateBuilder builder(String id) {
    return new StepTemplateBuilder(Objects.requireNonNull(id, "id"));
  }

  /**
   * Returns the rule step's id.
   *
   * @return the id, not null
   */
  @Override
  public String id() {
    return id;
  }

  /**
   * Returns the number of values a step of this template takes.
   *
   * @return the number
   */
  public int arity() {
    return slots.length;
  }

  /**
   * Starts the values of a step by name: {@code STANDARD.with("area", area).with("perCapitaIncome",
   * income).with("localMlgStandard", standard).step()}. A value's name is its fact's name, a
   * comparison side's parameter label, or the name given to {@link
   * StepTemplateBuilder#parameter(String)}; the order does not matter.
   *
   * @param name the value's name, not null
   * @param value the value, not null
   * @return the values given so far, not null
   * @throws IllegalArgumentException if the template has no value of that name, or more than one
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public StepValues with(String name, Object value) {
    return new StepValues(this).with(name, value);
  }

  /** Whether steps of this template make a comparison. */
  boolean hasComparison() {
    return operator != null;
  }

  /**
   * The index of the value of a name; -1 if there is none, or more than one. Values are mostly
   * given in the order declared: {@code hint} (the index after the last value given) is tried
   * first.
   */
  int indexOf(String name, int hint) {
    if (hint < names.length && names[hint] == name) {
      return hint;
    }
    return indexOf(name);
  }

  /** The index of the value of a name; -1 if there is none, or more than one. */
  int indexOf(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i] == name) {
        return i;
      }
    }
    for (int i = 0; i < names.length; i++) {
      if (name.equals(names[i])) {
        return i;
      }
    }
    return -1;
  }

  /** The name of value {@code i}, or its index as text. */
  String nameOf(int i) {
    String name = names[i];
    return name == null ? "value " + i : name;
  }

  /**
   * Makes a step that takes no value.
   *
   * @return the step, not null
   * @throws IllegalArgumentException if the template takes values
   */
  public Step step() {
    return make(new Object[0]);
  }

  /**
   * Makes a step of one value.
   *
   * @param v0 the value, not null
   * @return the step, not null
   * @throws IllegalArgumentException if the template takes another number of values, a parameter
   *     slot is given something other than a {@link ResolvedParameter} or a fact slot is given one,
   *     or an ordering comparison ({@code <}, {@code ≤}, {@code ≥}, {@code >}) meets a value that
   *     is not a number
   * @throws NullPointerException if a value is null
   * @deprecated values by position, whose order only the slot list tells; fill them by name with
   *     {@link #with(String, Object)} and {@link StepValues#step()} (ADR 0070)
   */
  @Deprecated(since = "0.1.0")
  public Step step(Object v0) {
    return make(new Object[] {v0});
  }

  /**
   * Makes a step of two values, in slot order.
   *
   * @param v0 the first value, not null
   * @param v1 the second value, not null
   * @return the step, not null
   * @throws IllegalArgumentException as {@link #step(Object)}
   * @deprecated values by position, whose order only the slot list tells; fill them by name with
   *     {@link #with(String, Object)} and {@link StepValues#step()} (ADR 0070)
   */
  @Deprecated(since = "0.1.0")
  public Step step(Object v0, Object v1) {
    return make(new Object[] {v0, v1});
  }

  /**
   * Makes a step of three values, in slot order.
   *
   * @param v0 the first value, not null
   * @param v1 the second value, not null
   * @param v2 the third value, not null
   * @return the step, not null
   * @throws IllegalArgumentException as {@link #step(Object)}
   * @deprecated values by position, whose order only the slot list tells; fill them by name with
   *     {@link #with(String, Object)} and {@link StepValues#step()} (ADR 0070)
   */
  @Deprecated(since = "0.1.0")
  public Step step(Object v0, Object v1, Object v2) {
    return make(new Object[] {v0, v1, v2});
  }

  /**
   * Makes a step of four values, in slot order.
   *
   * @param v0 the first value, not null
   * @param v1 the second value, not null
   * @param v2 the third value, not null
   * @param v3 the fourth value, not null
   * @return the step, not null
   * @throws IllegalArgumentException as {@link #step(Object)}
   * @deprecated values by position, whose order only the slot list tells; fill them by name with
   *     {@link #with(String, Object)} and {@link StepValues#step()} (ADR 0070)
   */
  @Deprecated(since = "0.1.0")
  public Step step(Object v0, Object v1, Object v2, Object v3) {
    return make(new Object[] {v0, v1, v2, v3});
  }

  /**
   * Makes a step of five values, in slot order.
   *
   * @param v0 the first value, not null
   * @param v1 the second value, not null
   * @param v2 the third value, not null
   * @param v3 the fourth value, not null
   * @param v4 the fifth value, not null
   * @return the step, not null
   * @throws IllegalArgumentException as {@link #step(Object)}
   * @deprecated values by position, whose order only the slot list tells; fill them by name with
   *     {@link #with(String, Object)} and {@link StepValues#step()} (ADR 0070)
   */
  @Deprecated(since = "0.1.0")
  public Step step(Object v0, Object v1, Object v2, Object v3, Object v4) {
    return make(new Object[] {v0, v1, v2, v3, v4});
  }

  /**
   * Makes a step of six values, in slot order.
   *
   * @param v0 the first value, not null
   * @param v1 the second value, not null
   * @param v2 the third value, not null
   * @param v3 the fourth value, not null
   * @param v4 the fifth value, not null
   * @param v5 the sixth value, not null
   * @return the step, not null
   * @throws IllegalArgumentException as {@link #step(Object)}
   * @deprecated values by position, whose order only the slot list tells; fill them by name with
   *     {@link #with(String, Object)} and {@link StepValues#step()} (ADR 0070)
   */
  @Deprecated(since = "0.1.0")
  public Step step(Object v0, Object v1, Object v2, Object v3, Object v4, Object v5) {
    return make(new Object[] {v0, v1, v2, v3, v4, v5});
  }

  /**
   * Makes a step of any number of values, in slot order; the array is copied.
   *
   * @param values the values, not null
   * @return the step, not null
   * @throws IllegalArgumentException as {@link #step(Object)}
   * @throws NullPointerException if the array or a value is null
   * @deprecated values by position; fill them by name with {@link #with(String, Object)} (ADR 0070)
   */
  @Deprecated(since = "0.1.0")
  public Step stepOf(Object... values) {
    return make(Objects.requireNonNull(values, "values").clone());
  }

  /**
   * Checks the values, which the step then owns, and finds whether the comparison holds: a value
   * that cannot be compared fails here, where the step is made, not when it is shown.
   */
  Step make(Object[] values) {
    return make(values, -1, null, null);
  }

  /**
   * As {@link #make(Object[])}; when {@code outcome} is a value index, that value (missing so far)
   * is {@code ifHeld} or {@code otherwise} as the comparison held.
   */
  Step make(Object[] values, int outcome, @Nullable Object ifHeld, @Nullable Object otherwise) {
    if (outcome >= 0) {
      values[outcome] = Boolean.TRUE; // a placeholder while the comparison is found
    }
    if (values.length != slots.length) {
      throw new IllegalArgumentException(
          "step " + id + " takes " + slots.length + " values, not " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) {
        throw new NullPointerException("step " + id + ": value " + i + " is null");
      } else if (parameterAt[i] != (v instanceof ResolvedParameter<?>)) {
        throw new IllegalArgumentException(
            "step "
                + id
                + ": value "
                + i
                + (parameterAt[i]
                    ? " must be a ResolvedParameter"
                    : " is a fact and must not be a ResolvedParameter"));
      }
    }
    boolean held = false;
    if (left != null && right != null && operator != null) {
      Boolean result =
          Comparison.test(
              left.raw(leftValue == NONE ? null : values[leftValue]),
              operator,
              right.raw(rightValue == NONE ? null : values[rightValue]));
      if (result == null) {
        throw new IllegalArgumentException(
            "step " + id + ": " + operator + " needs numbers (values " + left + ", " + right + ")");
      }
      held = result;
    }
    if (outcome >= 0) {
      values[outcome] = Objects.requireNonNull(held ? ifHeld : otherwise);
    }
    return new Step(this, values, held);
  }

  // What a step of this template shows, made from its values when asked for.

  @Override
  @Nullable Citation citation() {
    return citation;
  }

  @Override
  @Nullable SensitiveCategory sensitivity() {
    return sensitivity;
  }

  @Override
  List<Fact> facts(Object[] values) {
    Fact[] all = new Fact[facts.length];
    for (int i = 0; i < all.length; i++) {
      all[i] = facts[i].fact(factValues[i] == NONE ? null : values[factValues[i]]);
    }
    return List.of(all);
  }

  @Override
  List<ResolvedParameter<?>> parameters(Object[] values) {
    List<ResolvedParameter<?>> all = new ArrayList<>(parameterValues.length);
    for (int index : parameterValues) {
      ResolvedParameter<?> p = (ResolvedParameter<?>) values[index];
      if (!contains(all, p)) {
        all.add(p);
      }
    }
    return List.copyOf(all);
  }

  private static boolean contains(List<ResolvedParameter<?>> all, ResolvedParameter<?> p) {
    for (ResolvedParameter<?> q : all) {
      if (q == p || q.equals(p)) {
        return true;
      }
    }
    return false;
  }

  @Override
  @Nullable Comparison comparison(Object[] values, boolean held) {
    if (left == null || right == null || operator == null) {
      return null;
    }
    Operand l = left.operand(leftValue == NONE ? null : values[leftValue]);
    Operand r = right.operand(rightValue == NONE ? null : values[rightValue]);
    return holding && !held
        ? Comparison.ofResult(l, operator.negate(), r, true)
        : Comparison.ofResult(l, operator, r, held);
  }

  @Override
  @Nullable Fact result(Object[] values) {
    return result == null ? null : result.fact(resultValue == NONE ? null : values[resultValue]);
  }

  @Override
  public String toString() {
    return "StepTemplate[" + id + ", " + slots.length + " values]";
  }
}
