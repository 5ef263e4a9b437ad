package org.communitygov.model.ledger;

import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The record that an entry id was refused for a reason that depends on the ledger's state (an
 * overdraft, a closed period, …). It is kept in the journal so that a retry of the id, even after
 * the ledger is reopened, is refused with the same code: a retry never changes the outcome.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Refusal implements Entry {
  Refusal() {}

  /**
   * Returns a builder.
   *
   * @return the builder, not null
   */
  public static ImmutableRefusal.Builder builder() {
    return ImmutableRefusal.builder();
  }

  /**
   * Returns the id of the refused entry.
   *
   * @return the id, not null
   */
  public abstract String refused();

  /**
   * Returns the result code of the refusal, such as {@code overdraft}.
   *
   * @return the code, not null
   */
  public abstract String code();

  /**
   * Returns the date of the refused entry.
   *
   * @return the date, not null
   */
  public abstract LocalDate on();

  @Override
  public final EntryKind entryKind() {
    return EntryKind.REFUSAL;
  }

  @Override
  public final String key() {
    return refused();
  }

  @Override
  public final LocalDate date() {
    return on();
  }

  @Value.Check
  void check() {
    Objects.requireNonNull(refused(), "refused");
    Texts.check("refusal", "code", code());
  }
}
