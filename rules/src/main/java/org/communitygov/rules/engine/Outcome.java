package org.communitygov.rules.engine;

import java.util.Map;
import java.util.Optional;
import org.communitygov.model.common.SensitiveCategory;

/**
 * What a rule decided, such as a level of ability or "not eligible".
 *
 * <p>An outcome has a stable {@linkplain #code() code} (its text is looked up as {@code
 * outcome.<code>} in the message bundles) and details as named text values, which decision records
 * store and compare when a decision is reproduced. Enums make natural outcomes.
 *
 * @since 0.1.0
 */
public interface Outcome {
  /**
   * Returns the stable code, such as {@code NOT_ELIGIBLE} or {@code ELDER_ABILITY_LEVEL_3}.
   *
   * @return the code, not null
   */
  String code();

  /**
   * Returns details of the outcome as named text values, such as {@code total = 45}; empty by
   * default.
   *
   * @return the details in a stable order, not null
   */
  default Map<String, String> details() {
    return Map.of();
  }

  /**
   * Returns the kind of sensitive information a detail holds, such as {@code FINANCIAL} for a
   * per-capita income, or empty if it is not sensitive (the default). Decision JSON masks such a
   * detail unless its category is revealed; decision records keep it, as they keep the inputs.
   *
   * @param name the detail's name, not null
   * @return the category, not null
   * @since 0.1.0
   */
  default Optional<SensitiveCategory> detailSensitivity(String name) {
    return Optional.empty();
  }

  /**
   * Returns the kind of sensitive information that the {@linkplain #code() code} and display name
   * tell, or empty if they tell none. The outcome of a health assessment is its result: such an
   * outcome's code and name are health data, shown by {@link ExplanationRenderer} and {@link
   * DecisionJson} only when the category is revealed, and never by {@link Decision#toString()}.
   * Callers read {@link #code()} to act on it. The default is empty.
   *
   * @return the category, not null
   * @since 0.1.0
   */
  default Optional<SensitiveCategory> codeSensitivity() {
    return Optional.empty();
  }

  /**
   * Returns the outcome's name for explanations; when empty (the default), the message bundles'
   * {@code outcome.<code>} is used, and the code itself when they have none. An outcome that names
   * itself is not named by another rule's bundle that happens to use the same code.
   *
   * @return the name, not null
   */
  default Optional<LocalizedText> displayName() {
    return Optional.empty();
  }
}
