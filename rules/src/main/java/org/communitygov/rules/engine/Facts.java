package org.communitygov.rules.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The inputs of a rule as named facts, in order: what a decision record stores and a rule case
 * gives, so that a decision can be evaluated again.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Facts {
  private static final Facts EMPTY = new Facts(Map.of());

  private final Map<String, Fact> byName;

  private Facts(Map<String, Fact> byName) {
    this.byName = byName;
  }

  /**
   * Returns no facts.
   *
   * @return the empty facts, not null
   */
  public static Facts empty() {
    return EMPTY;
  }

  /**
   * Obtains facts from a collection; a later fact of the same name replaces an earlier one.
   *
   * @param facts the facts, not null
   * @return the facts, not null
   */
  public static Facts of(Collection<Fact> facts) {
    Map<String, Fact> map = new LinkedHashMap<>();
    for (Fact fact : facts) {
      map.put(fact.name(), Objects.requireNonNull(fact, "fact"));
    }
    return new Facts(Collections.unmodifiableMap(map));
  }

  /**
   * Returns these facts with one more, replacing a fact of the same name.
   *
   * @param fact the fact, not null
   * @return the facts, not null
   */
  public Facts with(Fact fact) {
    List<Fact> all = new ArrayList<>(byName.values());
    all.add(Objects.requireNonNull(fact, "fact"));
    return of(all);
  }

  /**
   * Returns the fact of a name, if present.
   *
   * @param name the name, not null
   * @return the fact, not null
   */
  public Optional<Fact> get(String name) {
    return Optional.ofNullable(byName.get(Objects.requireNonNull(name, "name")));
  }

  /**
   * Returns the value of a fact as text, if present.
   *
   * @param name the name, not null
   * @return the value, not null
   */
  public Optional<String> text(String name) {
    return get(name).map(Fact::value);
  }

  /**
   * Returns the facts in order.
   *
   * @return the facts, not null
   */
  public List<Fact> all() {
    return List.copyOf(byName.values());
  }

  /**
   * Tells whether there are no facts.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return byName.isEmpty();
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this
        || (obj instanceof Facts other && List.copyOf(other.byName.values()).equals(all()));
  }

  @Override
  public int hashCode() {
    return all().hashCode();
  }

  /**
   * Returns the facts, sensitive values masked.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return byName.values().toString();
  }
}
