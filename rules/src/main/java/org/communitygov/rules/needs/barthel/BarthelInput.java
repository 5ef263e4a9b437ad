package org.communitygov.rules.needs.barthel;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The input of the Barthel Index: item scores and the interpretation scheme. Absent items or scheme
 * are named by the evaluation.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class BarthelInput {
  BarthelInput() {}

  /**
   * Returns a builder.
   *
   * @return the builder, not null
   */
  public static ImmutableBarthelInput.Builder builder() {
    return ImmutableBarthelInput.builder();
  }

  /**
   * Returns the item scores given.
   *
   * @return the scores, not null
   */
  @Value.Redacted
  public abstract Map<BarthelItem, Integer> itemScores();

  /**
   * Returns the interpretation scheme, if chosen.
   *
   * @return the scheme, not null
   */
  public abstract Optional<BarthelScheme> scheme();

  @Value.Check
  void check() {
    itemScores().forEach(BarthelItem::check);
  }
}
