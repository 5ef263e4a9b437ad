package org.communitygov.rules.engine;

import java.util.Objects;

/**
 * The source of a step of a rule (not of a parameter value) and how sure we are that the rule
 * states it correctly, such as the MZ/T 039-2013 final-level matrix, partly confirmed.
 *
 * @param reference the source, not null
 * @param confidence the confidence, not null
 * @since 0.1.0
 */
public record Citation(LegalReference reference, Confidence confidence) {
  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public Citation {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(confidence, "confidence");
  }
}
