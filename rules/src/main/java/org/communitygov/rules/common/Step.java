package org.communitygov.rules.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of an explanation: the rule step's id, the facts it used, the parameter values it used,
 * the comparison it made, what it concluded, and the source of the step itself.
 *
 * <p>Build with {@link #builder(String)}. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Step {
  private final String id;
  private final List<Fact> facts;
  private final List<ResolvedParameter<?>> parameters;
  private final Comparison comparison;
  private final Fact result;
  private final Citation citation;

  private Step(Builder b) {
    this.id = b.id;
    this.facts = b.facts == null ? List.of() : List.copyOf(b.facts);
    this.parameters = b.parameters == null ? List.of() : List.copyOf(b.parameters);
    this.comparison = b.comparison;
    this.result = b.result;
    this.citation = b.citation;
  }

  /**
   * Starts a step.
   *
   * @param id the rule step's id, such as {@code gbt42195.initialLevel}; its title is looked up as
   *     {@code step.<id>}, not null
   * @return the builder, not null
   */
  public static Builder builder(String id) {
    return new Builder(Objects.requireNonNull(id, "id"));
  }

  /**
   * Returns the rule step's id.
   *
   * @return the id, not null
   */
  public String id() {
    return id;
  }

  /**
   * Returns the facts used, in order.
   *
   * @return the facts, not null
   */
  public List<Fact> facts() {
    return facts;
  }

  /**
   * Returns the parameter values used, including those of the comparison.
   *
   * @return the parameters, not null
   */
  public List<ResolvedParameter<?>> parameters() {
    return parameters;
  }

  /**
   * Returns the comparison made, if any.
   *
   * @return the comparison, not null
   */
  public Optional<Comparison> comparison() {
    return Optional.ofNullable(comparison);
  }

  /**
   * Returns what the step concluded, such as {@code initialLevel = 3}, if anything.
   *
   * @return the result, not null
   */
  public Optional<Fact> result() {
    return Optional.ofNullable(result);
  }

  /**
   * Returns the source of the step itself, if cited.
   *
   * @return the citation, not null
   */
  public Optional<Citation> citation() {
    return Optional.ofNullable(citation);
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this
        || (obj instanceof Step o
            && o.id.equals(id)
            && o.facts.equals(facts)
            && o.parameters.equals(parameters)
            && Objects.equals(o.comparison, comparison)
            && Objects.equals(o.result, result)
            && Objects.equals(o.citation, citation));
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, facts, parameters, comparison, result, citation);
  }

  /**
   * Returns the id and what the step holds, sensitive values masked.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return id + facts + (comparison == null ? "" : " " + comparison);
  }

  /** A builder of a {@link Step}; not thread-safe. */
  public static final class Builder {
    private final String id;
    private List<Fact> facts;
    private List<ResolvedParameter<?>> parameters;
    private Comparison comparison;
    private Fact result;
    private Citation citation;

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
      if (facts == null) {
        facts = new ArrayList<>(4);
      }
      facts.add(Objects.requireNonNull(fact, "fact"));
      return this;
    }

    /**
     * Adds a parameter value used.
     *
     * @param parameter the resolved parameter, not null
     * @return this builder, not null
     */
    public Builder parameter(ResolvedParameter<?> parameter) {
      Objects.requireNonNull(parameter, "parameter");
      if (parameters == null) {
        parameters = new ArrayList<>(4);
      } else {
        for (ResolvedParameter<?> p : parameters) {
          if (p == parameter || p.equals(parameter)) {
            return this;
          }
        }
      }
      parameters.add(parameter);
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
      comparison.left().parameter().ifPresent(this::parameter);
      comparison.right().parameter().ifPresent(this::parameter);
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
      return new Step(this);
    }
  }
}
