package org.communitygov.rules.funding.disclosure;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The facts of a disclosure item's due date: what kind of item, the day counted from (its last
 * publication, or the day a major matter was decided), and whether the finances are frequent.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface DisclosureDueInput {
  /** What a disclosure item is, for its frequency (村民委员会组织法 第三十条). */
  enum Item {
    /** A general item: at least quarterly. */
    GENERAL,
    /** The finances: monthly where transactions are frequent, else as a general item. */
    FINANCE,
    /** A major matter: at once. */
    MAJOR
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  static ImmutableDisclosureDueInput.Builder builder() {
    return ImmutableDisclosureDueInput.builder();
  }

  /**
   * Returns the kind of item.
   *
   * @return the item, not null
   */
  Optional<Item> item();

  /**
   * Returns the day counted from: the last publication, or the day a major matter was decided.
   *
   * @return the day, not null
   */
  Optional<LocalDate> since();

  /**
   * Returns whether the finances have frequent transactions (for {@link Item#FINANCE}).
   *
   * @return the answer, not null
   */
  Optional<Boolean> frequent();
}
