package org.communitygov.rules.needs.elderability;

import java.util.Map;
import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.immutables.value.Value;

/**
 * The input of a GB/T 42195-2022 elder ability assessment: the item scores and the facts of the
 * level-change rules. Any of them may be absent; the assessment then names what is missing.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ElderAbilityInput {
  ElderAbilityInput() {}

  /**
   * Returns a builder.
   *
   * @return the builder, not null
   */
  public static ImmutableElderAbilityInput.Builder builder() {
    return ImmutableElderAbilityInput.builder();
  }

  /**
   * Returns the item scores given.
   *
   * @return the scores, not null
   */
  @Value.Redacted
  public abstract Map<ElderAbilityItem, Integer> itemScores();

  /**
   * Returns the mental diagnosis, if known ({@link MentalDiagnosis#NONE} when there is none).
   *
   * @return the diagnosis, not null
   */
  @Value.Redacted
  public abstract Optional<MentalDiagnosis> mentalDiagnosis();

  /**
   * Returns the number of care-risk events (falls, choking, suicide attempts, self-harm, wandering
   * off) in the last 30 days, if known.
   *
   * @return the count, not null
   */
  @Value.Redacted
  public abstract Optional<Integer> careRiskEventsIn30Days();

  /**
   * Returns whether the person is in a coma, if known.
   *
   * @return true if in a coma, not null
   */
  @Value.Redacted
  public abstract Optional<Boolean> coma();

  @Value.Check
  void check() {
    itemScores().forEach(ElderAbilityItem::check);
    if (careRiskEventsIn30Days().filter(n -> n < 0).isPresent()) {
      throw InvalidValueException.of(
          "careRiskEventsIn30Days", "notNegative", "a count of events is 0 or more");
    }
  }
}
