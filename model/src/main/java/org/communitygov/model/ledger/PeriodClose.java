package org.communitygov.model.ledger;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The close of a period: no later entry, not even a reversal, is dated on or before its {@linkplain
 * #through() last day}. Corrections go into the open period as reversing entries.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PeriodClose implements Entry {
  PeriodClose() {}

  /**
   * Returns a builder.
   *
   * @return the builder, not null
   */
  public static ImmutablePeriodClose.Builder builder() {
    return ImmutablePeriodClose.builder();
  }

  /**
   * Returns this entry's id, the idempotency key.
   *
   * @return the id, not null
   */
  public abstract EntryId id();

  /**
   * Returns the last day of the closed period (inclusive).
   *
   * @return the date, not null
   */
  public abstract LocalDate through();

  @Override
  public final EntryKind entryKind() {
    return EntryKind.CLOSE_PERIOD;
  }

  @Override
  public final String key() {
    return id().value();
  }

  @Override
  public final LocalDate date() {
    return through();
  }
}
