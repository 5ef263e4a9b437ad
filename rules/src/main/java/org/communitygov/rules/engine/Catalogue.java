package org.communitygov.rules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The rules communitygov knows: one {@link CatalogueEntry} per rule, gathered from every {@link
 * Source} on the class or module path. The command line finds rules here by name, {@link
 * ParameterSet#defaults()} loads their parameter files, explanations take their texts from their
 * message bundles and the rule case runner finds them by id — there is no second list to keep in
 * step. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Catalogue {
  /**
   * A package of rules: a service ({@code META-INF/services} or {@code provides … with} in
   * module-info) that lists its rules. Its resources are looked up through its own class.
   *
   * @since 0.1.0
   */
  public interface Source {
    /**
     * Returns the rules of the package.
     *
     * @return the entries, in the order the command line lists them
     */
    List<CatalogueEntry> entries();

    /**
     * Returns parameter files that belong to no one rule (the names of places), loaded first.
     *
     * @return the resource names; none by default
     */
    default List<String> parameterFiles() {
      return List.of();
    }

    /**
     * Returns the former ids of its rules and parameters, each with the id it has now, so that
     * parameter files and decision records written before a rename are still read (ADR 0105).
     *
     * @return the current id of each former id; none by default
     */
    default Map<String, String> formerIds() {
      return Map.of();
    }
  }

  private static final class Shipped {
    static final Catalogue CATALOGUE = load();
  }

  private final Map<String, CatalogueEntry> byName;
  private final Map<String, Source> sourceOfFile;
  private final Map<String, Source> sourceOfBundle;
  private final Map<String, String> formerIds;

  private Catalogue(
      Map<String, CatalogueEntry> byName,
      Map<String, Source> sourceOfFile,
      Map<String, Source> sourceOfBundle,
      Map<String, String> formerIds) {
    this.byName = byName;
    this.sourceOfFile = sourceOfFile;
    this.sourceOfBundle = sourceOfBundle;
    this.formerIds = formerIds;
  }

  /**
   * Returns the catalogue of every source found by {@link ServiceLoader}, made once.
   *
   * @return the catalogue
   * @throws IllegalStateException if two entries share a name or a rule id
   */
  public static Catalogue shipped() {
    return Shipped.CATALOGUE;
  }

  /**
   * Returns the catalogue of the given sources, in order.
   *
   * @param sources the sources
   * @return the catalogue
   * @throws IllegalStateException if two entries share a name or a rule id
   */
  public static Catalogue of(List<? extends Source> sources) {
    Map<String, CatalogueEntry> byName = new LinkedHashMap<>();
    Set<String> ids = new LinkedHashSet<>();
    Map<String, Source> files = new LinkedHashMap<>();
    Map<String, Source> bundles = new LinkedHashMap<>();
    Map<String, String> formerIds = new LinkedHashMap<>();
    for (Source source : sources) {
      source.parameterFiles().forEach(f -> files.putIfAbsent(f, source));
      formerIds.putAll(source.formerIds());
      for (CatalogueEntry entry : source.entries()) {
        if (byName.putIfAbsent(entry.name(), entry) != null || !ids.add(entry.id())) {
          throw new IllegalStateException(
              "two catalogue entries share the name " + entry.name() + " or the id " + entry.id());
        }
        entry.parameterFiles().forEach(f -> files.putIfAbsent(f, source));
        entry.messages().ifPresent(b -> bundles.putIfAbsent(b, source));
      }
    }
    return new Catalogue(
        java.util.Collections.unmodifiableMap(byName),
        java.util.Collections.unmodifiableMap(files),
        java.util.Collections.unmodifiableMap(bundles),
        Map.copyOf(formerIds));
  }

  private static Catalogue load() {
    List<Source> sources = new ArrayList<>();
    ServiceLoader.load(Source.class, Catalogue.class.getClassLoader()).forEach(sources::add);
    return of(sources);
  }

  /**
   * Returns the entries, in order.
   *
   * @return the entries
   */
  public List<CatalogueEntry> entries() {
    return List.copyOf(byName.values());
  }

  /**
   * Finds an entry by short name ({@code mlg}) or by rule id ({@code needs.mlg.eligibility}), a
   * {@linkplain #currentId(String) former id} included.
   *
   * @param nameOrId the name or id
   * @return the entry, or empty
   */
  public Optional<CatalogueEntry> find(String nameOrId) {
    CatalogueEntry entry = byName.get(nameOrId);
    if (entry != null) {
      return Optional.of(entry);
    }
    String id = currentId(nameOrId);
    return byName.values().stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /**
   * Returns the id a rule or parameter has now: the current id of a {@linkplain Source#formerIds()
   * former id} ({@code needs.mlg.nearPoor} → {@code needs.mlg.nearMlg}), any other id as given.
   *
   * @param id the id, not null
   * @return the current id, not null
   */
  public String currentId(String id) {
    return formerIds.getOrDefault(id, id);
  }

  /**
   * Returns the parameters of every parameter file of the catalogue, each loaded once, in order.
   *
   * @return the parameters
   * @throws ParameterFileException if a file is missing or invalid
   */
  public ParameterSet parameters() {
    ParameterSet set = ParameterSet.empty();
    for (Map.Entry<String, Source> file : sourceOfFile.entrySet()) {
      String name = file.getKey();
      try (InputStream in = file.getValue().getClass().getResourceAsStream(name)) {
        if (in == null) {
          throw ParameterFileException.invalid(name, "missing from the library's resources");
        }
        set = set.withOverrides(ParameterSet.load(in, name.substring(name.lastIndexOf('/') + 1)));
      } catch (IOException e) {
        throw ParameterFileException.invalid(name, "cannot be read", e);
      }
    }
    return set;
  }

  /** The message bundles of the entries, in order, for a locale. */
  List<ResourceBundle> bundles(Locale locale) {
    List<ResourceBundle> bundles = new ArrayList<>();
    sourceOfBundle.forEach(
        (name, source) ->
            bundles.add(ResourceBundle.getBundle(name, locale, source.getClass().getModule())));
    return bundles;
  }
}
