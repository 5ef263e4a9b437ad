package org.communitygov.rules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.communitygov.model.common.DivisionCode;

/**
 * An immutable set of parameters with their dated values per jurisdiction, and the names of the
 * places they apply to.
 *
 * <p>{@link #defaults()} holds the values communitygov ships (JSON files under {@code
 * org/communitygov/rules/parameters/}). A caller adds or overrides values without a release, from a
 * file or in code:
 *
 * <pre>{@code
 * ParameterSet params = ParameterSet.defaults().withOverrides(ParameterSet.load(path));
 * ParameterSet inCode = ParameterSet.defaults()
 *     .withValue(MLG_URBAN, Jurisdiction.of(chongqing), DatedValue.of(new BigDecimal("760.00"),
 *         LocalDate.of(2027, 1, 1), reference, Confidence.CONFIRMED));
 * }</pre>
 *
 * <p>Resolution looks in the division asked for, then in each division above it, then in the
 * nation, and takes there the latest value in force on the date. Lookups are hash-map and
 * binary-search operations on data parsed once. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ParameterSet {
  private static final ParameterSet EMPTY = new ParameterSet(Map.of(), Map.of());

  private final Map<String, ParameterTable> tables;
  private final Map<Jurisdiction, LocalizedText> places;

  ParameterSet(Map<String, ParameterTable> tables, Map<Jurisdiction, LocalizedText> places) {
    this.tables = Map.copyOf(tables);
    this.places = Map.copyOf(places);
  }

  /**
   * Returns the empty set.
   *
   * @return the empty set, not null
   */
  public static ParameterSet empty() {
    return EMPTY;
  }

  /**
   * Returns the parameters communitygov ships, read once from its resources.
   *
   * @return the default set, not null
   * @throws ParameterFileException if a shipped file is broken (a build defect)
   */
  public static ParameterSet defaults() {
    return ShippedParameters.SET;
  }

  /**
   * Reads a parameter file (format in {@code docs/rules.md}).
   *
   * @param path the file, not null
   * @return the parameters of the file, not null
   * @throws ParameterFileException if the file cannot be read or is not a valid parameter file
   */
  public static ParameterSet load(Path path) {
    Objects.requireNonNull(path, "path");
    try (InputStream in = Files.newInputStream(path)) {
      return load(in, path.toString());
    } catch (IOException e) {
      throw ParameterFileException.invalid(path.toString(), "cannot be read", e);
    }
  }

  /**
   * Reads a parameter file from a stream, which is not closed.
   *
   * @param in the stream of UTF-8 JSON, not null
   * @param sourceName the name of the source used in error messages, not null
   * @return the parameters of the file, not null
   * @throws ParameterFileException if the stream is not a valid parameter file
   */
  public static ParameterSet load(InputStream in, String sourceName) {
    return ParameterFiles.read(Objects.requireNonNull(in, "in"), sourceName);
  }

  /**
   * Returns a set with the values of {@code overrides} added. Where both have a value for the same
   * parameter, jurisdiction and effective date, the override wins; place names of the overrides
   * win. A parameter's definition stays the one of this set.
   *
   * @param overrides the values to add, not null
   * @return the combined set, not null
   * @throws ParameterFileException if an override changes a parameter's type or unit
   */
  public ParameterSet withOverrides(ParameterSet overrides) {
    Objects.requireNonNull(overrides, "overrides");
    Map<String, ParameterTable> merged = new HashMap<>(tables);
    overrides.tables.forEach((id, t) -> merged.merge(id, t, ParameterTable::merge));
    Map<Jurisdiction, LocalizedText> names = new HashMap<>(places);
    names.putAll(overrides.places);
    return new ParameterSet(merged, names);
  }

  /**
   * Returns a set with a parameter defined, or with its definition replaced (keeping its values).
   *
   * @param definition the definition, not null
   * @return the set, not null
   * @throws ParameterFileException if the parameter exists with another type or unit
   */
  public ParameterSet withDefinition(ParameterDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    Map<String, ParameterTable> copy = new HashMap<>(tables);
    ParameterTable old = copy.get(definition.id());
    copy.put(
        definition.id(),
        old == null ? ParameterTable.of(definition) : old.withDefinition(definition));
    return new ParameterSet(copy, places);
  }

  /**
   * Returns a set with one more value of a defined parameter; a value of the same jurisdiction and
   * effective date is replaced.
   *
   * @param <T> the Java type of the value
   * @param key the parameter's key, not null
   * @param jurisdiction where the value applies, not null
   * @param value the dated value, not null
   * @return the set, not null
   * @throws IllegalArgumentException if the parameter is not defined in this set with that type
   */
  public <T> ParameterSet withValue(
      ParameterKey<T> key, Jurisdiction jurisdiction, DatedValue<T> value) {
    ParameterTable table = table(key);
    key.type().cast(Objects.requireNonNull(value, "value").value());
    Map<String, ParameterTable> copy = new HashMap<>(tables);
    copy.put(key.id(), table.with(Objects.requireNonNull(jurisdiction, "jurisdiction"), value));
    return new ParameterSet(copy, places);
  }

  /**
   * Returns a set that knows the name of a place, shown in explanations.
   *
   * @param jurisdiction the place, not null
   * @param name its name, such as 重庆市 / Chongqing, not null
   * @return the set, not null
   */
  public ParameterSet withPlaceName(Jurisdiction jurisdiction, LocalizedText name) {
    Map<Jurisdiction, LocalizedText> names = new HashMap<>(places);
    names.put(Objects.requireNonNull(jurisdiction, "jurisdiction"), name);
    return new ParameterSet(tables, names);
  }

  /**
   * Resolves the value of a parameter that applies in a division on a date.
   *
   * @param <T> the Java type of the value
   * @param key the parameter's key, not null
   * @param division the division, not null
   * @param date the date, not null
   * @return the resolved value, not null
   * @throws MissingParameterException if no value applies
   * @throws IllegalArgumentException if the parameter is defined with another type
   */
  public <T> ResolvedParameter<T> resolve(
      ParameterKey<T> key, DivisionCode division, LocalDate date) {
    return resolve(key, Jurisdiction.of(division), date);
  }

  /**
   * Resolves the value of a parameter that applies in a jurisdiction on a date.
   *
   * @param <T> the Java type of the value
   * @param key the parameter's key, not null
   * @param jurisdiction the jurisdiction, not null
   * @param date the date, not null
   * @return the resolved value, not null
   * @throws MissingParameterException if no value applies
   * @throws IllegalArgumentException if the parameter is defined with another type
   */
  public <T> ResolvedParameter<T> resolve(
      ParameterKey<T> key, Jurisdiction jurisdiction, LocalDate date) {
    return find(key, jurisdiction, date)
        .orElseThrow(() -> new MissingParameterException(key.id(), jurisdiction, date));
  }

  /**
   * Finds the value of a parameter that applies in a jurisdiction on a date, if any.
   *
   * @param <T> the Java type of the value
   * @param key the parameter's key, not null
   * @param jurisdiction the jurisdiction, not null
   * @param date the date, not null
   * @return the resolved value, or empty if none applies, not null
   * @throws IllegalArgumentException if the parameter is defined with another type
   */
  public <T> Optional<ResolvedParameter<T>> find(
      ParameterKey<T> key, Jurisdiction jurisdiction, LocalDate date) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(date, "date");
    ParameterTable table = tables.get(key.id());
    if (table == null) {
      return Optional.empty();
    }
    checkType(key, table);
    for (Optional<Jurisdiction> at = Optional.of(jurisdiction);
        at.isPresent();
        at = at.get().fallback()) {
      Timeline timeline = table.timeline(at.get());
      Optional<DatedValue<?>> found = timeline == null ? Optional.empty() : timeline.at(date);
      if (found.isPresent()) {
        @SuppressWarnings("unchecked") // the type was checked against the definition
        DatedValue<T> typed = (DatedValue<T>) found.get();
        return Optional.of(
            new ResolvedParameter<>(
                table.definition(), typed, at.get(), places.get(at.get()), date));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the definition of a parameter, if this set has it.
   *
   * @param id the parameter id, not null
   * @return the definition, not null
   */
  public Optional<ParameterDefinition> definition(String id) {
    ParameterTable table = tables.get(Objects.requireNonNull(id, "id"));
    return table == null ? Optional.empty() : Optional.of(table.definition());
  }

  /**
   * Returns every value of a parameter, by jurisdiction (in code order, {@code national} last) and
   * by effective date: what a listing of the parameter shows.
   *
   * @param id the parameter id, not null
   * @return the values, empty if this set does not have the parameter, not null
   * @since 0.1.0
   */
  public SortedMap<Jurisdiction, List<DatedValue<?>>> values(String id) {
    ParameterTable table = tables.get(Objects.requireNonNull(id, "id"));
    SortedMap<Jurisdiction, List<DatedValue<?>>> values = new TreeMap<>();
    if (table != null) {
      table.timelines().forEach((j, t) -> values.put(j, t.values()));
    }
    return Collections.unmodifiableSortedMap(values);
  }

  /**
   * Returns the ids of the parameters in this set, sorted.
   *
   * @return the ids, not null
   */
  public Set<String> ids() {
    return new TreeSet<>(tables.keySet());
  }

  /**
   * Returns the name of a place, if this set knows it.
   *
   * @param jurisdiction the place, not null
   * @return the name, not null
   */
  public Optional<LocalizedText> placeName(Jurisdiction jurisdiction) {
    return Optional.ofNullable(places.get(jurisdiction));
  }

  private ParameterTable table(ParameterKey<?> key) {
    ParameterTable table = tables.get(Objects.requireNonNull(key, "key").id());
    if (table == null) {
      throw new IllegalArgumentException("parameter not defined: " + key.id());
    }
    checkType(key, table);
    return table;
  }

  private static void checkType(ParameterKey<?> key, ParameterTable table) {
    if (!table.definition().key().equals(key)) {
      throw new IllegalArgumentException(
          "parameter " + key.id() + " is of type " + table.definition().key().type());
    }
  }

  /**
   * Returns a summary: the number of parameters and places.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "ParameterSet[" + tables.size() + " parameters, " + places.size() + " places]";
  }
}
