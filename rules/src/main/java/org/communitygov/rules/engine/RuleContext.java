package org.communitygov.rules.engine;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Where and when a rule is evaluated, and with which parameters.
 *
 * <p>A context resolves each parameter once: the first {@link #resolve} of a key looks it up in the
 * {@link ParameterSet} (division, parents, national, then a binary search over dates), later ones
 * return the same {@link ResolvedParameter} from a plain map. Build one context per place and date
 * and share it across the households evaluated there. A missing value is not remembered: it throws
 * every time. This class is immutable in what it answers and thread-safe.
 *
 * @since 0.1.0
 */
public final class RuleContext {
  private final ParameterSet parameters;
  private final Jurisdiction jurisdiction;
  private final LocalDate date;
  private final ConcurrentHashMap<ParameterKey<?>, ResolvedParameter<?>> resolved =
      new ConcurrentHashMap<>();
  // Type, value, type, value…: a handful of entries, read on every evaluation by identity, written
  // once per type (copy on write).
  private volatile Object[] shared = {};
  // Both of the above by identity, in front of them: the path of every evaluation.
  private final IdentityCache cache = new IdentityCache();
  private final Object lock = new Object();

  private RuleContext(ParameterSet parameters, Jurisdiction jurisdiction, LocalDate date) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
    this.date = Objects.requireNonNull(date, "date");
  }

  /**
   * Obtains a context.
   *
   * @param parameters the parameters, not null
   * @param jurisdiction the jurisdiction the decision is made in, not null
   * @param date the date the decision is made for, not null
   * @return the context, not null
   * @throws NullPointerException if an argument is null
   */
  public static RuleContext of(ParameterSet parameters, Jurisdiction jurisdiction, LocalDate date) {
    return new RuleContext(parameters, jurisdiction, date);
  }

  /**
   * Returns the parameters.
   *
   * @return the parameters, not null
   */
  public ParameterSet parameters() {
    return parameters;
  }

  /**
   * Returns the jurisdiction the decision is made in.
   *
   * @return the jurisdiction, not null
   */
  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  /**
   * Returns the date the decision is made for.
   *
   * @return the date, not null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Resolves a parameter in this context's jurisdiction on its date, once.
   *
   * @param <T> the Java type of the value
   * @param key the parameter's key, not null
   * @return the resolved value, not null
   * @throws MissingParameterException if no value applies
   * @throws IllegalArgumentException if the parameter is defined with another type
   */
  public <T> ResolvedParameter<T> resolve(ParameterKey<T> key) {
    Object found = cache.get(key);
    if (found == null) {
      ResolvedParameter<?> value = resolved.get(key);
      if (value == null) {
        value = parameters.resolve(key, jurisdiction, date);
        ResolvedParameter<?> first = resolved.putIfAbsent(key, value);
        value = first == null ? value : first;
      }
      cache.put(key, value);
      found = value;
    }
    @SuppressWarnings("unchecked") // resolved under this very key, whose type was checked
    ResolvedParameter<T> typed = (ResolvedParameter<T>) found;
    return typed;
  }

  /**
   * Returns a rule's parameters, declared as a record or class of named values, resolved in this
   * context once and shared by every decision made in it.
   *
   * <pre>{@code
   * record HeatingParameters(
   *     @ParameterId("city.heating.maxIncome") ResolvedParameter<Money> maxIncome) {}
   *
   * HeatingParameters p = context.parameters(HeatingParameters.class);
   * }</pre>
   *
   * <p>Each constructor parameter (record component) marked {@link ParameterId} is resolved here,
   * in declaration order; one of type {@code RuleContext} receives this context, so that a class
   * can derive values from its parameters and the date in its constructor. The constructor runs
   * once per context (at most once per thread on a race); a declaration that cannot be made (a
   * missing parameter) is not remembered and throws every time. Declare together what a rule needs
   * together: a parameter that only some decisions need belongs in a declaration of its own, or is
   * an {@code Optional}.
   *
   * @param <P> the declaration's type
   * @param declaration a record, or a class with one constructor, whose constructor parameters are
   *     marked {@link ParameterId} or are the context; accessible to this module (public, or its
   *     package open to it), not null
   * @return the declaration made in this context, not null
   * @throws MissingParameterException if a parameter that is not optional has no value here
   * @throws IllegalArgumentException if the class is not a valid declaration, or a parameter is
   *     defined with another type than declared
   * @since 0.1.0
   */
  public <P> P parameters(Class<P> declaration) {
    Object found = cache.get(declaration);
    if (found != null) {
      return declaration.cast(found);
    }
    return shared(declaration, DeclaredParameters.of(declaration)::make);
  }

  /**
   * The value of a type derived from this context only, made by {@code make} on first use and
   * shared afterwards, one per type: what {@link #parameters(Class)} keeps its declarations in. A
   * value that cannot be made (a missing parameter) is not remembered: it throws every time. Values
   * are found by a linear scan, by identity: meant for a handful of types, such as one per rule.
   */
  <T> T shared(Class<T> type, Function<RuleContext, ? extends T> make) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(make, "make");
    Object[] entries = shared;
    for (int i = 0; i < entries.length; i += 2) {
      if (entries[i] == type) {
        cache.put(type, entries[i + 1]);
        return type.cast(entries[i + 1]);
      }
    }
    T made = Objects.requireNonNull(make.apply(this), "made value");
    return type.cast(share(type, made));
  }

  /** Keeps a made value unless another thread kept one for the type first; returns the kept one. */
  private Object share(Class<?> type, Object made) {
    synchronized (lock) {
      return shareLocked(type, made);
    }
  }

  private Object shareLocked(Class<?> type, Object made) {
    Object[] entries = shared;
    for (int i = 0; i < entries.length; i += 2) {
      if (entries[i] == type) {
        return entries[i + 1];
      }
    }
    Object[] more = Arrays.copyOf(entries, entries.length + 2);
    more[entries.length] = type;
    more[entries.length + 1] = made;
    shared = more;
    return made;
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this
        || (obj instanceof RuleContext other
            && other.parameters.equals(parameters)
            && other.jurisdiction.equals(jurisdiction)
            && other.date.equals(date));
  }

  @Override
  public int hashCode() {
    return Objects.hash(parameters, jurisdiction, date);
  }

  /**
   * Returns the jurisdiction and the date.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "RuleContext[" + jurisdiction + ", " + date + "]";
  }
}
