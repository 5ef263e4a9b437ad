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
  }

  private static final class Shipped {
    static final Catalogue CATALOGUE = load();
  }

  private final Map<String, CatalogueEntry> byName;
  private final Map<String, Source> sourceOfFile;
  private final Map<String, Source> sourceOfBundle;

  private Catalogue(
      Map<String, CatalogueEntry> byName,
      Map<String, Source> sourceOfFile,
      Map<String, Source> sourceOfBundle) {
    this.byName = byName;
    this.sourceOfFile = sourceOfFile;
    this.sourceOfBundle = sourceOfBundle;
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
    for (Source source : sources) {
      source.parameterFiles().forEach(f -> files.putIfAbsent(f, source));
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
        java.util.Collections.unmodifiableMap(bundles));
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
   * Finds an entry by short name ({@code mlg}) or by rule id ({@code needs.mlg.eligibility}).
   *
   * @param nameOrId the name or id
   * @return the entry, or empty
   */
  public Optional<CatalogueEntry> find(String nameOrId) {
    CatalogueEntry entry = byName.get(nameOrId);
    if (entry != null) {
      return Optional.of(entry);
    }
    return byName.values().stream().filter(e -> e.id().equals(nameOrId)).findFirst();
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
