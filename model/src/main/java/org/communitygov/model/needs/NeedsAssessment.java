package org.communitygov.model.needs;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.Sensitive;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.model.household.PersonId;
import org.immutables.value.Value;

/**
 * A needs assessment (需求评估) of a person with an instrument: who assessed, when, why, the item
 * scores and, once evaluated, the resulting level.
 *
 * <p>Item scores and the level are health data (PIPL 第二十八条): they are never shown by {@code
 * toString()}. Whether the item codes and scores fit the instrument is checked by the instrument's
 * rule in {@code communitygov-rules}; this type checks only that there is at least one assessor,
 * that assessor entries are not blank and that scores and level are not negative. How many
 * assessors an instrument wants (MZ/T 039-2013: two) is a constraint checked at the boundary, not
 * an invariant.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableNeedsAssessment.class)
@JsonDeserialize(as = ImmutableNeedsAssessment.class)
public abstract class NeedsAssessment {
  NeedsAssessment() {}

  /**
   * Returns a builder.
   *
   * @return the builder, not null
   */
  public static ImmutableNeedsAssessment.Builder builder() {
    return ImmutableNeedsAssessment.builder();
  }

  /**
   * Returns the assessment's identifier.
   *
   * @return the id, not null
   */
  public abstract AssessmentId id();

  /**
   * Returns the person assessed.
   *
   * @return the person, not null
   */
  public abstract PersonId person();

  /**
   * Returns the day of the assessment.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * Returns the instrument used.
   *
   * @return the instrument, not null
   */
  public abstract Instrument instrument();

  /**
   * Returns the assessors, by name or staff id, at least one.
   *
   * @return the assessors, not null
   */
  public abstract List<String> assessors();

  /**
   * Returns why the assessment was made.
   *
   * @return the reason, not null
   */
  public abstract AssessmentReason reason();

  /**
   * Returns the item scores by item code, such as {@code B.1.1 → 4}.
   *
   * @return the scores, not null
   */
  @Sensitive(SensitiveCategory.HEALTH)
  @Value.Redacted
  public abstract Map<String, Integer> itemScores();

  /**
   * Returns the resulting level, once evaluated (GB/T 42195: 0–4; MZ/T 039: 0–3).
   *
   * @return the level, not null
   */
  @Sensitive(SensitiveCategory.HEALTH)
  @Value.Redacted
  public abstract Optional<Integer> resultLevel();

  @Value.Check
  void check() {
    if (assessors().isEmpty()) {
      throw InvalidValueException.of("assessors", "notEmpty", "at least one assessor");
    }
    if (assessors().stream().anyMatch(String::isBlank)) {
      throw InvalidValueException.of("assessors", "notBlank", "an assessor must not be blank");
    }
    if (itemScores().values().stream().anyMatch(s -> s < 0)) {
      throw InvalidValueException.of("itemScores", "notNegative", "item scores are 0 or more");
    }
    if (resultLevel().filter(l -> l < 0).isPresent()) {
      throw InvalidValueException.of("resultLevel", "notNegative", "a level is 0 or more");
    }
  }
}
