package org.communitygov.rules.needs.barthel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.rules.engine.LocalizedText;
import org.communitygov.rules.engine.Outcome;
import org.immutables.value.Value;

/**
 * The result of the Barthel Index: the total and its category in the chosen scheme.
 *
 * <p>Its outcome code is {@code BARTHEL_<SCHEME>_<CATEGORY>}, such as {@code
 * BARTHEL_SHAH_1989_MODERATE_DEPENDENCE}. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class BarthelResult implements Outcome {
  BarthelResult() {}

  /**
   * Returns a builder.
   *
   * @return the builder, not null
   */
  public static ImmutableBarthelResult.Builder builder() {
    return ImmutableBarthelResult.builder();
  }

  /**
   * Returns the total, 0–100.
   *
   * @return the total
   */
  @Value.Redacted
  public abstract int total();

  /**
   * Returns the scheme the total was read with.
   *
   * @return the scheme, not null
   */
  public abstract BarthelScheme scheme();

  /**
   * Returns the category code within the scheme, such as {@code GRADE_1}.
   *
   * @return the category, not null
   */
  @Value.Redacted
  public abstract String category();

  /**
   * Returns the category's name.
   *
   * @return the name, not null
   */
  @Value.Redacted
  public abstract LocalizedText categoryName();

  @Override
  public String code() {
    return "BARTHEL_" + scheme().name() + "_" + category();
  }

  /** The code and name are the assessment's result: health data. */
  @Override
  public Optional<SensitiveCategory> codeSensitivity() {
    return Optional.of(SensitiveCategory.HEALTH);
  }

  @Override
  public Optional<LocalizedText> displayName() {
    return Optional.of(categoryName());
  }

  @Override
  public Map<String, String> details() {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("total", String.valueOf(total()));
    details.put("scheme", scheme().name());
    details.put("category", category());
    return details;
  }

  /** Every detail of an assessment is health data. */
  @Override
  public Optional<SensitiveCategory> detailSensitivity(String name) {
    return Optional.of(SensitiveCategory.HEALTH);
  }
}
