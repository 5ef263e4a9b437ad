package org.communitygov.rules.needs.elderability;

import java.util.Map;
import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.rules.needs.barthel.BarthelItem;
import org.immutables.value.Value;

/**
 * The input of an MZ/T 039-2013 elder ability assessment: Barthel item scores (ADL), the other
 * items, and the facts of the level-change rules. A coma is the consciousness score 3.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Mzt039Input {
  Mzt039Input() {}

  /**
   * Returns a builder.
   *
   * @return the builder, not null
   */
  public static ImmutableMzt039Input.Builder builder() {
    return ImmutableMzt039Input.builder();
  }

  /**
   * Returns the Barthel item scores of the ADL dimension.
   *
   * @return the scores, not null
   */
  @Value.Redacted
  public abstract Map<BarthelItem, Integer> adlScores();

  /**
   * Returns the scores of the other items.
   *
   * @return the scores, not null
   */
  @Value.Redacted
  public abstract Map<Mzt039Item, Integer> itemScores();

  /**
   * Returns the mental diagnosis (认知障碍/痴呆 or 精神疾病), if known.
   *
   * @return the diagnosis, not null
   */
  @Value.Redacted
  public abstract Optional<MentalDiagnosis> mentalDiagnosis();

  /**
   * Returns the number of falls, choking, suicide attempts and wandering off in 30 days, if known.
   *
   * @return the count, not null
   */
  @Value.Redacted
  public abstract Optional<Integer> careRiskEventsIn30Days();

  @Value.Check
  void check() {
    adlScores().forEach(BarthelItem::check);
    itemScores().forEach(Mzt039Item::check);
    if (careRiskEventsIn30Days().filter(n -> n < 0).isPresent()) {
      throw InvalidValueException.of(
          "careRiskEventsIn30Days", "notNegative", "a count of events is 0 or more");
    }
  }
}
