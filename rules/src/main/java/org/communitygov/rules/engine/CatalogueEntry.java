package org.communitygov.rules.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule of a {@link Catalogue}: the rule, its short name for the command line, the parameter
 * files it reads, its message bundle and the file of its rule cases. The one place a rule is
 * listed.
 *
 * @param name the short name ({@code mlg}), unique in the catalogue
 * @param rule the rule
 * @param parameterFiles the resource names (absolute, such as {@code
 *     /org/communitygov/rules/parameters/mlg.json}) of the parameter files it reads; several rules
 *     may share one
 * @param messages the base name of its message bundle ({@code step.*}, {@code label.*}, {@code
 *     outcome.*}), if it has texts of its own
 * @param cases the file name of its rule cases in the {@code cases} folder of the tests
 * @since 0.1.0
 */
public record CatalogueEntry(
    String name,
    Rule<?, ?> rule,
    List<String> parameterFiles,
    Optional<String> messages,
    String cases) {
  /** Checks the components and copies the list. */
  public CatalogueEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(rule, "rule");
    parameterFiles = List.copyOf(parameterFiles);
    Objects.requireNonNull(messages, "messages");
    Objects.requireNonNull(cases, "cases");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a catalogue entry needs a name");
    }
  }

  /**
   * Returns an entry.
   *
   * @param name the short name
   * @param rule the rule
   * @param parameterFile the resource name of its parameter file
   * @param messages the base name of its message bundle
   * @param cases the file name of its rule cases
   * @return the entry
   */
  public static CatalogueEntry of(
      String name, Rule<?, ?> rule, String parameterFile, String messages, String cases) {
    return new CatalogueEntry(name, rule, List.of(parameterFile), Optional.of(messages), cases);
  }

  /**
   * Returns the rule's id.
   *
   * @return {@code rule().id()}
   */
  public String id() {
    return rule.id();
  }
}
