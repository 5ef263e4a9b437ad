package org.communitygov.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.communitygov.model.common.SensitiveCategory;
import org.jspecify.annotations.Nullable;

/**
 * The shape of an explanation step that a rule makes for every decision: its id, the names of its
 * facts and parameter values, its comparison, its result, its citation. A rule makes the template
 * once; per decision, it gives the values by name with {@link #with(String, Object)} and makes the
 * step with {@link StepValues#step()}.
 *
 * <p>A step made from a template holds the template and its values, nothing else: its facts,
 * operands and comparison are made when asked for. It carries the same information as a step made
 * with {@link Step#builder(String)}, and {@linkplain Step#equals equals} such a step when the
 * content is the same. Made for rules evaluated in bulk: see ADR 0022 and ADR 0070.
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
 * Step step =
 *     STANDARD
 *         .with("area", Area.URBAN)
 *         .with("perCapitaIncome", perCapita)
 *         .with("localMlgStandard", standard)
 *         .step();
 * }</pre>
 *
 * <p>Values must be immutable (strings, numbers, enums, {@code java.time} values, identifiers,
 * unmodifiable collections): a step keeps them and shows them when asked. Whether the comparison
 * held is found when the step is made, and a value that cannot be compared fails there. Each value
 * has a name, unique in its template (a fact's name, a parameter's label or the name given to it);
 * constant facts and results take no value. This class is immutable and thread-safe.
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
  // The name of each value (a fact's name, a parameter's label or name), for with(name, value).
  private final String[] names;

  StepTemplate(StepTemplateBuilder b) {
    this.id = b.id;
    this.facts = b.facts.toArray(new StepSlot[0]);
    this.factValues = StepTemplateBuilder.ints(b.factValues);
    this.left = b.left;
    this.leftValue = b.leftValue;
    this.operator = b.operator;
    this.holding = b.holding;
    this.right = b.right;
    this.rightValue = b.rightValue;
    this.result = b.result;
    this.resultValue = b.resultValue;
    this.parameterValues = StepTemplateBuilder.ints(b.parameterValues);
    this.slots = b.slots.toArray(new StepSlot[0]);
    this.parameterAt = new boolean[slots.length];
    for (int i : parameterValues) {
      parameterAt[i] = true;
    }
    this.citation = b.citation;
    this.sensitivity = b.sensitivity;
    this.names = StepTemplateBuilder.names(id, slots);
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

  /**
   * Puts the value of a name into {@code values}, the values of one step being given; returns the
   * index after it, where the next value usually goes ({@code hint} for the next call). Here and
   * not in {@link StepValues}, so that {@link StepValues#with} stays small enough to be inlined
   * wherever a rule calls it, and the JIT can then drop the {@code StepValues} object.
   */
  int put(Object[] values, String name, Object value, int hint) {
    int i = indexOf(name, hint);
    if (i < 0
        || value == null
        || values[i] != null
        || parameterAt[i] != (value instanceof ResolvedParameter<?>)) {
      throw StepRefusals.refused(this, values, name, value, i);
    }
    values[i] = value;
    return i + 1;
  }

  /**
   * Puts the value of a name that is the outcome of the comparison ({@link
   * StepValues#withOutcome}): {@code ifHeld} until the step is made; returns its index.
   */
  int putOutcome(Object[] values, String name, Object ifHeld, Object otherwise, int hint) {
    Objects.requireNonNull(ifHeld, "ifHeld");
    Objects.requireNonNull(otherwise, "otherwise");
    if (!hasComparison()) {
      throw new IllegalArgumentException("step " + id + " has no comparison");
    }
    return put(values, name, ifHeld, hint) - 1;
  }

  /** Whether steps of this template make a comparison. */
  boolean hasComparison() {
    return operator != null;
  }

  /**
   * The index of the value of a name; -1 if there is none. Values are mostly given in the order
   * declared: {@code hint} (the index after the last value given) is tried first.
   */
  int indexOf(String name, int hint) {
    if (hint >= 0 && hint < names.length && names[hint] == name) {
      return hint;
    }
    return indexOf(Objects.requireNonNull(name, "name"));
  }

  /** The index of the value of a name; -1 if there is none. */
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

  /** Whether value {@code i} is a parameter (else a fact). */
  boolean isParameter(int i) {
    return parameterAt[i];
  }

  /** The index of the comparison's left value; negative for a constant side. */
  int leftValue() {
    return leftValue;
  }

  /** The index of the comparison's right value; negative for a constant side. */
  int rightValue() {
    return rightValue;
  }

  /** The name of value {@code i}. */
  String nameOf(int i) {
    return names[i];
  }

  /**
   * Makes a step that takes no value.
   *
   * @return the step, not null
   * @throws IllegalArgumentException if the template takes values
   */
  public Step step() {
    return make(new Object[0], -1, null);
  }

  /**
   * Checks the values, which the step then owns, and finds whether the comparison holds: a value
   * that cannot be compared fails here, where the step is made, not when it is shown. When {@code
   * outcome} is a value index, that value (holding {@code ifHeld} so far) becomes {@code otherwise}
   * unless the comparison held.
   *
   * @throws IllegalArgumentException if a value is missing (naming it) or of the wrong kind, or the
   *     comparison needs numbers
   */
  Step make(Object[] values, int outcome, @Nullable Object otherwise) {
    // Each value's kind was checked when it was given (put): here, only that none is missing.
    if (values.length != slots.length) {
      throw new IllegalArgumentException(
          "step " + id + " takes " + slots.length + " values, not " + values.length);
    }
    for (Object v : values) {
      if (v == null) {
        throw StepRefusals.missing(this, values);
      }
    }
    boolean held = operator != null && held(values);
    if (outcome >= 0 && !held) {
      // The outcome's place holds ifHeld until the comparison is found.
      values[outcome] = Objects.requireNonNull(otherwise);
    }
    return new Step(this, values, held);
  }

  /**
   * Whether the comparison holds for the values given so far ({@link StepValues#holds()}), which
   * include the comparison's own.
   */
  boolean holds(Object[] values) {
    if (operator == null
        || (leftValue != NONE && values[leftValue] == null)
        || (rightValue != NONE && values[rightValue] == null)) {
      throw StepRefusals.cannotTell(this, values);
    }
    return held(values);
  }

  /**
   * Returns whether the comparison of a step of this template holds for its two values, given by
   * name in either order, before any step is started: what {@link Step#holds()} of a step made with
   * these values will say. The same question as {@link StepValues#holds()}, for the rule that asks
   * it of values it mostly drops (the groups a member is not in, the bands a total does not reach):
   * nothing is kept, so nothing is made. The values are given again to {@link #with} when the step
   * is made.
   *
   * <pre>{@code
   * if (VERY_ELDERLY.holds("age", age, "limit", limit)) {
   *   steps.add(VERY_ELDERLY.with("person", id).with("age", age).with("limit", limit).step());
   * }
   * }</pre>
   *
   * @param name the name of one value of the comparison, not null
   * @param value its value, not null
   * @param otherName the name of the comparison's other value, not null
   * @param otherValue its value, not null
   * @return whether it holds
   * @throws IllegalArgumentException if the template has no comparison, the two names are not those
   *     of its two values (or a value is of the wrong kind), or an ordering comparison meets a
   *     value that is not a number
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public boolean holds(String name, Object value, String otherName, Object otherValue) {
    int i = indexOf(name, leftValue);
    int j = indexOf(otherName, rightValue);
    if (operator == null
        || value == null
        || otherValue == null
        || !isComparedPair(i, j)
        || parameterAt[i] != (value instanceof ResolvedParameter<?>)
        || parameterAt[j] != (otherValue instanceof ResolvedParameter<?>)) {
      throw StepRefusals.cannotTell(this, name, value, otherName, otherValue);
    }
    return i == leftValue ? held(value, otherValue) : held(otherValue, value);
  }

  /** Whether value indexes {@code i} and {@code j} are the comparison's two values. */
  boolean isComparedPair(int i, int j) {
    return leftValue != NONE
        && rightValue != NONE
        && ((i == leftValue && j == rightValue) || (i == rightValue && j == leftValue));
  }

  /** Whether the comparison holds for the values. */
  private boolean held(Object[] values) {
    return held(
        leftValue == NONE ? null : values[leftValue],
        rightValue == NONE ? null : values[rightValue]);
  }

  /** Whether the comparison holds for the values of its sides (null: a constant side). */
  private boolean held(@Nullable Object leftOne, @Nullable Object rightOne) {
    StepSlot l = Objects.requireNonNull(left);
    StepSlot r = Objects.requireNonNull(right);
    Operator o = Objects.requireNonNull(operator);
    Boolean result = Comparison.test(l.raw(leftOne), o, r.raw(rightOne));
    if (result == null) {
      throw new IllegalArgumentException(
          "step " + id + ": " + o + " needs numbers (values " + l + ", " + r + ")");
    }
    return result;
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
