package org.communitygov.rules.needs.elderability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.rules.engine.LocalizedText;
import org.communitygov.rules.engine.Outcome;
import org.immutables.value.Value;

/**
 * The result of an MZ/T 039-2013 assessment: the four dimension grades, the initial level from the
 * matrix and the final level (0 能力完好 to 3 重度失能), or no level where the matrix is silent.
 *
 * <p>Its outcome code is {@code MZT039_LEVEL_<n>}, or {@value #UNCLASSIFIED} when the grades fall
 * in a gap of the matrix: such a case needs a person's review. This class is immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Mzt039Result implements Outcome {
  /** The outcome code of grades the matrix gives no level for. */
  public static final String UNCLASSIFIED = "MZT039_UNCLASSIFIED";

  private static final List<LocalizedText> NAMES =
      List.of(
          LocalizedText.of("能力完好", "intact"),
          LocalizedText.of("轻度失能", "mildly disabled"),
          LocalizedText.of("中度失能", "moderately disabled"),
          LocalizedText.of("重度失能", "severely disabled"));

  Mzt039Result() {}

  /**
   * Returns a builder.
   *
   * @return the builder, not null
   */
  public static ImmutableMzt039Result.Builder builder() {
    return ImmutableMzt039Result.builder();
  }

  /**
   * Returns the Barthel total of the ADL dimension.
   *
   * @return the total
   */
  @Value.Redacted
  public abstract int adlTotal();

  /**
   * Returns the 日常生活活动 grade, 0–3.
   *
   * @return the grade
   */
  @Value.Redacted
  public abstract int adlGrade();

  /**
   * Returns the 精神状态 grade, 0–3.
   *
   * @return the grade
   */
  @Value.Redacted
  public abstract int mentalGrade();

  /**
   * Returns the 感知觉与沟通 grade, 0–3.
   *
   * @return the grade
   */
  @Value.Redacted
  public abstract int sensoryGrade();

  /**
   * Returns the 社会参与 grade, 0–3.
   *
   * @return the grade
   */
  @Value.Redacted
  public abstract int socialGrade();

  /**
   * Returns the level of the matrix, or empty where it gives none.
   *
   * @return the level, not null
   */
  @Value.Redacted
  public abstract Optional<Integer> initialLevel();

  /**
   * Returns the final level, 0–3, or empty where the matrix gives none.
   *
   * @return the level, not null
   */
  @Value.Redacted
  public abstract Optional<Integer> level();

  @Override
  public String code() {
    return level().map(l -> "MZT039_LEVEL_" + l).orElse(UNCLASSIFIED);
  }

  /** The code and name are the assessment's result: health data. */
  @Override
  public Optional<SensitiveCategory> codeSensitivity() {
    return Optional.of(SensitiveCategory.HEALTH);
  }

  @Override
  public Optional<LocalizedText> displayName() {
    return level().map(NAMES::get);
  }

  @Override
  public Map<String, String> details() {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("adlTotal", String.valueOf(adlTotal()));
    details.put("adlGrade", String.valueOf(adlGrade()));
    details.put("mentalGrade", String.valueOf(mentalGrade()));
    details.put("sensoryGrade", String.valueOf(sensoryGrade()));
    details.put("socialGrade", String.valueOf(socialGrade()));
    initialLevel().ifPresent(l -> details.put("initialLevel", String.valueOf(l)));
    level().ifPresent(l -> details.put("level", String.valueOf(l)));
    return details;
  }

  /** Every detail of an assessment is health data. */
  @Override
  public Optional<SensitiveCategory> detailSensitivity(String name) {
    return Optional.of(SensitiveCategory.HEALTH);
  }
}
