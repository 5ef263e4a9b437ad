package org.communitygov.rules.ledger;

import java.util.Objects;
import java.util.Optional;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.Refusal;

/**
 * The answer to one posted entry: its key, a {@link ResultCode}, the field that differs for {@code
 * exists_with_different_…}, the original entry for {@code exists}, and whether a refusal was
 * answered from the journal (a retry of a refused id).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Outcome {
  private final String key;
  private final ResultCode result;
  private final Optional<String> field;
  private final Optional<Entry> original;
  private final boolean repeated;

  private Outcome(
      String key,
      ResultCode result,
      Optional<String> field,
      Optional<Entry> original,
      boolean repeated) {
    this.key = key;
    this.result = result;
    this.field = field;
    this.original = original;
    this.repeated = repeated;
  }

  static Outcome of(String key, ResultCode result) {
    return new Outcome(key, result, Optional.empty(), Optional.empty(), false);
  }

  static Outcome exists(Entry original) {
    return new Outcome(
        original.key(), ResultCode.EXISTS, Optional.empty(), Optional.of(original), false);
  }

  static Outcome existsWithDifferent(String key, String field) {
    return new Outcome(
        key, ResultCode.EXISTS_WITH_DIFFERENT, Optional.of(field), Optional.empty(), false);
  }

  static Outcome repeated(String key, ResultCode result) {
    return new Outcome(key, result, Optional.empty(), Optional.empty(), true);
  }

  /**
   * Returns the key of the entry answered.
   *
   * @return the key, not null
   */
  public String key() {
    return key;
  }

  /**
   * Returns the result.
   *
   * @return the result, not null
   */
  public ResultCode result() {
    return result;
  }

  /**
   * Returns the stable code: the result's code, or {@code exists_with_different_} and the field in
   * snake case, such as {@code exists_with_different_booking_date}.
   *
   * @return the code, not null
   */
  public String code() {
    return field.map(f -> result.code() + f).orElse(result.code());
  }

  /**
   * Returns the first field that differs, in snake case, for {@code exists_with_different_…}.
   *
   * @return the field, not null
   */
  public Optional<String> field() {
    return field;
  }

  /**
   * Returns the original entry, for {@code exists}.
   *
   * @return the entry, not null
   */
  public Optional<Entry> original() {
    return original;
  }

  /**
   * Tells whether this refusal was answered from the journal, the id having been refused before.
   *
   * @return true for a repeated refusal
   */
  public boolean isRepeated() {
    return repeated;
  }

  /**
   * Tells whether the entry is in the journal: accepted now or before ({@code accepted}, {@code
   * exists}).
   *
   * @return true if it is
   */
  public boolean isAccepted() {
    return result == ResultCode.ACCEPTED || result == ResultCode.EXISTS;
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this
        || (obj instanceof Outcome other
            && other.key.equals(key)
            && other.result == result
            && other.field.equals(field)
            && other.repeated == repeated);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, result, field, repeated);
  }

  @Override
  public String toString() {
    return key + ": " + code() + (repeated ? " (repeated)" : "");
  }

  /** Whether the ledger keeps this refusal as a journal entry (a kept code, not a repeat). */
  boolean isKeptAsRefusal() {
    return result().isKept() && !isRepeated();
  }

  /** The refusal entry the ledger keeps for an entry refused with this outcome. */
  Refusal refusal(Entry entry) {
    return Refusal.builder().refused(entry.key()).code(code()).on(entry.date()).build();
  }
}
