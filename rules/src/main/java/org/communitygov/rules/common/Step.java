package org.communitygov.rules.common;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communitygov.model.common.SensitiveCategory;

/**
 * One step of an explanation: the rule step's id, the facts it used, the parameter values it used,
 * the comparison it made, what it concluded, and the source of the step itself.
 *
 * <p>Build with {@link #builder(String)}. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Step {
  // The first facts and parameters in fields, the rest in exact-size arrays: a step is made for
  // every decision on the hot path of every rule, and its lists only when asked for.
  private final String id;
  private final Fact f0;
  private final Fact f1;
  private final Fact f2;
  private final Fact[] moreFacts;
  private final ResolvedParameter<?> p0;
  private final ResolvedParameter<?> p1;
  private final ResolvedParameter<?>[] moreParameters;
  private final Comparison comparison;
  private final Fact result;
  private final Citation citation;
  private final SensitiveCategory sensitivity;

  private Step(Builder b) {
    this.id = b.id;
    this.f0 = b.f0;
    this.f1 = b.f1;
    this.f2 = b.f2;
    this.moreFacts = b.moreFacts == null ? null : b.moreFacts(new Fact[b.moreFactCount]);
    this.p0 = b.p0;
    this.p1 = b.p1;
    this.moreParameters =
        b.moreParameters == null
            ? null
            : b.moreParameters(new ResolvedParameter<?>[b.moreParameterCount]);
    this.comparison = b.comparison;
    this.result = b.result;
    this.citation = b.citation;
    this.sensitivity = b.sensitivity;
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
    if (moreFacts != null) {
      Fact[] all = new Fact[3 + moreFacts.length];
      all[0] = f0;
      all[1] = f1;
      all[2] = f2;
      System.arraycopy(moreFacts, 0, all, 3, moreFacts.length);
      return List.of(all);
    } else if (f2 != null) {
      return List.of(f0, f1, f2);
    } else if (f1 != null) {
      return List.of(f0, f1);
    }
    return f0 == null ? List.of() : List.of(f0);
  }

  /**
   * Returns the parameter values used, including those of the comparison.
   *
   * @return the parameters, not null
   */
  public List<ResolvedParameter<?>> parameters() {
    if (moreParameters != null) {
      ResolvedParameter<?>[] all = new ResolvedParameter<?>[2 + moreParameters.length];
      all[0] = p0;
      all[1] = p1;
      System.arraycopy(moreParameters, 0, all, 2, moreParameters.length);
      return List.of(all);
    } else if (p1 != null) {
      return List.of(p0, p1);
    }
    return p0 == null ? List.of() : List.of(p0);
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

  /**
   * Returns the kind of sensitive information that the step tells by being there at all (a step
   * made only for a disabled person), or empty. Explanations show such a step only masked unless
   * its category is revealed.
   *
   * @return the category, not null
   * @since 0.1.0
   */
  public Optional<SensitiveCategory> sensitivity() {
    return Optional.ofNullable(sensitivity);
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this
        || (obj instanceof Step o
            && o.id.equals(id)
            && o.facts().equals(facts())
            && o.parameters().equals(parameters())
            && Objects.equals(o.comparison, comparison)
            && Objects.equals(o.result, result)
            && Objects.equals(o.citation, citation)
            && o.sensitivity == sensitivity);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, facts(), parameters(), comparison, result, citation, sensitivity);
  }

  /**
   * Returns the id and what the step holds, sensitive values masked.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return id + facts() + (comparison == null ? "" : " " + comparison);
  }

  /**
   * A builder of a {@link Step}; not thread-safe. The first facts and parameters are kept in
   * fields, as in the step (explanations are built on the hot path of every rule).
   */
  public static final class Builder {
    private final String id;
    private Fact f0;
    private Fact f1;
    private Fact f2;
    private Fact[] moreFacts;
    private int moreFactCount;
    private ResolvedParameter<?> p0;
    private ResolvedParameter<?> p1;
    private ResolvedParameter<?>[] moreParameters;
    private int moreParameterCount;
    private Comparison comparison;
    private Fact result;
    private Citation citation;
    private SensitiveCategory sensitivity;

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
      if (f0 == null) {
        f0 = fact;
      } else if (f1 == null) {
        f1 = fact;
      } else if (f2 == null) {
        f2 = fact;
      } else {
        if (moreFacts == null) {
          moreFacts = new Fact[4];
        } else if (moreFactCount == moreFacts.length) {
          moreFacts = moreFacts(new Fact[moreFactCount * 2]);
        }
        moreFacts[moreFactCount++] = fact;
      }
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
      if (p0 == null) {
        p0 = parameter;
      } else if (same(p0, parameter) || (p1 != null && same(p1, parameter))) {
        return this;
      } else if (p1 == null) {
        p1 = parameter;
      } else {
        if (moreParameters == null) {
          moreParameters = new ResolvedParameter<?>[4];
        } else {
          for (int i = 0; i < moreParameterCount; i++) {
            if (same(moreParameters[i], parameter)) {
              return this;
            }
          }
          if (moreParameterCount == moreParameters.length) {
            moreParameters = moreParameters(new ResolvedParameter<?>[moreParameterCount * 2]);
          }
        }
        moreParameters[moreParameterCount++] = parameter;
      }
      return this;
    }

    private static boolean same(ResolvedParameter<?> a, ResolvedParameter<?> b) {
      return a == b || a.equals(b);
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

    // Copies into an array made with its exact type (Arrays.copyOf of a Fact[] goes through
    // reflection to make it).
    private Fact[] moreFacts(Fact[] to) {
      System.arraycopy(moreFacts, 0, to, 0, moreFactCount);
      return to;
    }

    private ResolvedParameter<?>[] moreParameters(ResolvedParameter<?>[] to) {
      System.arraycopy(moreParameters, 0, to, 0, moreParameterCount);
      return to;
    }
  }
}
