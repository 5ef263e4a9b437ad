package org.communitygov.rules.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communitygov.model.common.SensitiveCategory;
import org.jspecify.annotations.Nullable;

/**
 * One step of an explanation: the rule step's id, the facts it used, the parameter values it used,
 * the comparison it made, what it concluded, and the source of the step itself.
 *
 * <p>Make with a {@link StepTemplate} (a step made for every decision) or {@link #builder(String)}.
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Step {
  // A step is its template and its values: its facts, operands and comparison are made when asked
  // for (steps are made for every decision on the hot path of every rule; most are never shown).
  // A step from the builder has a template of its own whose parameters are its values.
  private final StepShape template;
  private final Object[] values;
  // Whether the template's comparison held, found when the step was made (false without one).
  private final boolean held;

  Step(StepShape template, Object[] values, boolean held) {
    this.template = template;
    this.values = values;
    this.held = held;
  }

  /**
   * Starts a step. For a step made for every decision, prefer a {@link StepTemplate}.
   *
   * @param id the rule step's id, such as {@code gbt42195.initialLevel}; its title is looked up as
   *     {@code step.<id>}, not null
   * @return the builder, not null
   */
  public static Builder builder(String id) {
    return new Builder(Objects.requireNonNull(id, "id"));
  }

  /**
   * Starts a step with room for a number of parameters, for a step of many (such as one per day of
   * a member's credits): the builder grows past it if more come.
   *
   * @param id the rule step's id, as for {@link #builder(String)}, not null
   * @param parameters how many parameters the step is likely to use, at least 0
   * @return the builder, not null
   * @throws IllegalArgumentException if {@code parameters} is negative
   * @since 0.1.0
   */
  public static Builder builder(String id, int parameters) {
    if (parameters < 0) {
      throw new IllegalArgumentException("parameters " + parameters + " is negative");
    }
    Builder builder = new Builder(Objects.requireNonNull(id, "id"));
    if (parameters > 0) {
      builder.parameters = new Object[parameters];
      builder.keys = new long[parameters];
    }
    return builder;
  }

  /**
   * Returns the rule step's id.
   *
   * @return the id, not null
   */
  public String id() {
    return template.id();
  }

  /**
   * Returns the facts used, in order.
   *
   * @return the facts, not null
   */
  public List<Fact> facts() {
    return template.facts(values);
  }

  /**
   * Returns the parameter values used, including those of the comparison, without repeats.
   *
   * @return the parameters, not null
   */
  public List<ResolvedParameter<?>> parameters() {
    return template.parameters(values);
  }

  /**
   * Returns the comparison made, if any.
   *
   * @return the comparison, not null
   */
  public Optional<Comparison> comparison() {
    return Optional.ofNullable(template.comparison(values, held));
  }

  /**
   * Returns whether the comparison the step was made to ask held — for a step that shows the
   * relation that holds ({@code StepTemplateBuilder.holding}), whether the asked operator is the
   * one shown; for a step of {@link Builder#comparison}, the comparison's result; of {@link
   * Builder#holding}, whether the asked operator held. A rule decides from this, so its decision
   * and its explanation cannot disagree.
   *
   * @return whether it held; {@code false} for a step without a comparison
   */
  public boolean holds() {
    return held;
  }

  /**
   * Returns what the step concluded, such as {@code initialLevel = 3}, if anything.
   *
   * @return the result, not null
   */
  public Optional<Fact> result() {
    return Optional.ofNullable(template.result(values));
  }

  /**
   * Returns the source of the step itself, if cited.
   *
   * @return the citation, not null
   */
  public Optional<Citation> citation() {
    return Optional.ofNullable(template.citation());
  }

  /**
   * Returns the kind of sensitive information that the step tells by being there at all (a step
   * made only for a disabled person), or empty. Explanations show such a step only masked unless
   * its category is revealed.
   *
   * @return the category, not null
   * @since 0.1.0
   */
  public Optional<SensitiveCategory> sensitivity() {
    return Optional.ofNullable(template.sensitivity());
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this
        || (obj instanceof Step o
            && o.id().equals(id())
            && o.facts().equals(facts())
            && o.parameters().equals(parameters())
            && o.comparison().equals(comparison())
            && o.result().equals(result())
            && o.citation().equals(citation())
            && o.sensitivity().equals(sensitivity()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id(), facts(), parameters(), comparison(), result(), citation(), sensitivity());
  }

  /**
   * Returns the id and what the step holds, sensitive values masked.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return id() + facts() + comparison().map(c -> " " + c).orElse("");
  }

  private static final Fact[] NO_FACTS = {};
  private static final Object[] NO_PARAMETERS = {};
  private static final long[] NO_KEYS = {};

  /** A builder of a {@link Step}; not thread-safe. */
  public static final class Builder {
    private final String id;
    // Plain arrays, not lists: a builder is made per decision for steps of variable shape.
    private Fact[] facts = NO_FACTS;
    private int factCount;
    private Object[] parameters = NO_PARAMETERS;
    // Of each parameter, its key: equal parameters have equal keys, so that one not there is found
    // so mostly by comparing numbers, not parameters.
    private long[] keys = NO_KEYS;
    private int parameterCount;
    private @Nullable Comparison comparison;
    private @Nullable Fact result;
    private @Nullable Citation citation;
    private @Nullable SensitiveCategory sensitivity;
    private boolean held;

    private Builder(String id) {
      this.id = id;
    }

    /**
     * Adds a fact used.
     *
     * @param fact the fact, not null
     * @return this builder, not null
     */
    public Builder fact(Fact fact) {
      Objects.requireNonNull(fact, "fact");
      if (factCount == facts.length) {
        facts = Arrays.copyOf(facts, Math.max(4, factCount * 2));
      }
      facts[factCount++] = fact;
      return this;
    }

    /**
     * Adds a parameter value used, unless it is already there.
     *
     * @param parameter the resolved parameter, not null
     * @return this builder, not null
     */
    public Builder parameter(ResolvedParameter<?> parameter) {
      Objects.requireNonNull(parameter, "parameter");
      long key = key(parameter);
      long[] k = keys;
      for (int i = 0; i < parameterCount; i++) {
        if (k[i] == key) {
          Object p = parameters[i];
          if (p == parameter || p.equals(parameter)) {
            return this;
          }
        }
      }
      if (parameterCount == parameters.length) {
        int capacity = Math.max(1, parameterCount * 2);
        parameters = Arrays.copyOf(parameters, capacity);
        keys = Arrays.copyOf(keys, capacity);
      }
      keys[parameterCount] = key;
      parameters[parameterCount++] = parameter;
      return this;
    }

    /**
     * A parameter's key: the day it was resolved for, which equal parameters share ({@link
     * ResolvedParameter#equals} compares it) and a step's parameters of many days do not.
     */
    private static long key(ResolvedParameter<?> parameter) {
      return parameter.date().toEpochDay();
    }

    /**
     * Marks the step as telling sensitive information by being there at all (see {@link
     * Step#sensitivity()}).
     *
     * @param category the kind of sensitive information, not null
     * @return this builder, not null
     */
    public Builder sensitive(SensitiveCategory category) {
      this.sensitivity = Objects.requireNonNull(category, "category");
      return this;
    }

    /**
     * Sets the comparison made; parameter operands are added to the parameters used.
     *
     * @param comparison the comparison, not null
     * @return this builder, not null
     */
    public Builder comparison(Comparison comparison) {
      this.comparison = Objects.requireNonNull(comparison, "comparison");
      this.held = comparison.result();
      ResolvedParameter<?> left = comparison.left().parameterOrNull();
      if (left != null) {
        parameter(left);
      }
      ResolvedParameter<?> right = comparison.right().parameterOrNull();
      if (right != null) {
        parameter(right);
      }
      return this;
    }

    /**
     * Sets the comparison that shows the relation that holds: {@code left asked right} when it
     * holds, otherwise the same with the {@linkplain Operator#negate() negated} operator; the step
     * {@linkplain Step#holds() holds} when {@code asked} did.
     *
     * @param left the left side, not null
     * @param asked the operator the step asks, not null
     * @param right the right side, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if an ordering operator meets values that are not numbers
     * @since 0.1.0
     */
    public Builder holding(Operand left, Operator asked, Operand right) {
      Comparison c = Comparison.of(left, asked, right);
      boolean holds = c.result();
      comparison(holds ? c : Comparison.of(left, asked.negate(), right));
      this.held = holds;
      return this;
    }

    /**
     * Sets what the step concluded.
     *
     * @param result the result as a fact, not null
     * @return this builder, not null
     */
    public Builder result(Fact result) {
      this.result = Objects.requireNonNull(result, "result");
      return this;
    }

    /**
     * Sets the source of the step itself.
     *
     * @param citation the citation, not null
     * @return this builder, not null
     */
    public Builder citation(Citation citation) {
      this.citation = Objects.requireNonNull(citation, "citation");
      return this;
    }

    /**
     * Builds the step.
     *
     * @return the step, not null
     */
    public Step build() {
      // The arrays as they are, unused places and all: the shape reads only the places used.
      return new Step(
          new BuiltShape(
              id, facts, factCount, parameterCount, comparison, result, citation, sensitivity),
          parameters,
          held);
    }
  }
}
