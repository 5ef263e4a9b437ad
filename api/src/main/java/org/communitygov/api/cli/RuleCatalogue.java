package org.communitygov.api.cli;

import java.util.Optional;
import org.communitygov.rules.engine.Catalogue;
import org.communitygov.rules.engine.CatalogueEntry;
import org.communitygov.rules.engine.Rule;

/**
 * The rules {@code communitygov evaluate} knows: those of the rules' {@link Catalogue}, by short
 * name; a rule's id works too.
 */
final class RuleCatalogue {
  private RuleCatalogue() {}

  /**
   * Finds a rule by short name (such as {@code mlg}) or by id (such as {@code
   * needs.mlg.eligibility}).
   */
  static Optional<Rule<?, ?>> find(String name) {
    return Catalogue.shipped().find(name).map(CatalogueEntry::rule);
  }

  /** The short names, for help and error messages. */
  static String names() {
    return String.join(
        ", ", Catalogue.shipped().entries().stream().map(CatalogueEntry::name).toList());
  }
}
