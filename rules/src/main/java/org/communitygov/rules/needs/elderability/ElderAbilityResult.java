package org.communitygov.rules.needs.elderability;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.rules.engine.LocalizedText;
import org.communitygov.rules.engine.Outcome;
import org.immutables.value.Value;

/**
 * The result of a GB/T 42195-2022 elder ability assessment: dimension subtotals, total, the initial
 * level from the total and the final level after the level-change rules.
 *
 * <p>Its outcome code is {@code ELDER_ABILITY_LEVEL_<n>}: health data, like every attribute ({@link
 * #codeSensitivity()}); {@code toString()} shows none of them. This class is immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ElderAbilityResult implements Outcome {
  ElderAbilityResult() {}

  /**
   * Returns a builder.
   *
   * @return the builder, not null
   */
  public static ImmutableElderAbilityResult.Builder builder() {
    return ImmutableElderAbilityResult.builder();
  }

  /**
   * The result as the assessment makes it: the subtotals (one per dimension, by ordinal) taken over
   * as they are, with no builder and no copy. It equals a built result with the same values.
   */
  @Value.Redacted
  @Value.Parameter
  public abstract Map<ElderAbilityDimension, Integer> subtotals();

  /**
   * Returns the total score, 0–90.
   *
   * @return the total
   */
  @Value.Redacted
  @Value.Parameter
  public abstract int total();

  /**
   * Returns the level given by the total score alone.
   *
   * @return the level, not null
   */
  @Value.Redacted
  @Value.Parameter
  public abstract ElderAbilityLevel initialLevel();

  /**
   * Returns the final level, after the level-change rules.
   *
   * @return the level, not null
   */
  @Value.Redacted
  @Value.Parameter
  public abstract ElderAbilityLevel level();

  @Override
  public String code() {
    return "ELDER_ABILITY_LEVEL_" + level().number();
  }

  /** The code and name are the assessment's result: health data. */
  @Override
  public Optional<SensitiveCategory> codeSensitivity() {
    return Optional.of(SensitiveCategory.HEALTH);
  }

  @Override
  public Optional<LocalizedText> displayName() {
    return Optional.of(level().displayName());
  }

  @Override
  public Map<String, String> details() {
    Map<String, String> details = new LinkedHashMap<>();
    subtotals().forEach((d, s) -> details.put(d.code(), String.valueOf(s)));
    details.put("total", String.valueOf(total()));
    details.put("initialLevel", String.valueOf(initialLevel().number()));
    details.put("level", String.valueOf(level().number()));
    return details;
  }

  /**
   * Tells whether another object is a result with the same subtotals, total and levels, however it
   * was made.
   */
  @Override
  public String toString() {
    return "ElderAbilityResult{}";
  }

  /** Every detail of an assessment is health data. */
  @Override
  public Optional<SensitiveCategory> detailSensitivity(String name) {
    return Optional.of(SensitiveCategory.HEALTH);
  }

  /** A result made by the assessment itself ({@link #of}). */
}
