package org.communitygov.rules.engine;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One value of a parameter in one jurisdiction, in force from a date until the next value's date:
 * the value, its effective date, its legal reference and how sure we are of it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the Java type of the value
 * @since 0.1.0
 */
public final class DatedValue<T> {
  private final T value;
  private final LocalDate effectiveFrom;
  private final LegalReference reference;
  private final Confidence confidence;
  private final String note;

  private DatedValue(
      T value,
      LocalDate effectiveFrom,
      LegalReference reference,
      Confidence confidence,
      String note) {
    this.value = value;
    this.effectiveFrom = effectiveFrom;
    this.reference = reference;
    this.confidence = confidence;
    this.note = note;
  }

  /**
   * Obtains a dated value.
   *
   * @param <T> the Java type of the value
   * @param value the value, not null
   * @param effectiveFrom the first day it applies, not null
   * @param reference the legal reference, not null
   * @param confidence how sure we are of the value and its date, not null
   * @return the dated value, not null
   * @throws NullPointerException if an argument is null
   */
  public static <T> DatedValue<T> of(
      T value, LocalDate effectiveFrom, LegalReference reference, Confidence confidence) {
    return new DatedValue<>(
        Objects.requireNonNull(value, "value"),
        Objects.requireNonNull(effectiveFrom, "effectiveFrom"),
        Objects.requireNonNull(reference, "reference"),
        Objects.requireNonNull(confidence, "confidence"),
        null);
  }

  /**
   * Returns a copy with a note for people, such as why an effective date was assumed.
   *
   * @param note the note, not null
   * @return the dated value, not null
   */
  public DatedValue<T> withNote(String note) {
    return new DatedValue<>(
        value, effectiveFrom, reference, confidence, Objects.requireNonNull(note, "note"));
  }

  /**
   * Returns the value.
   *
   * @return the value, not null
   */
  public T value() {
    return value;
  }

  /**
   * Returns the first day the value applies.
   *
   * @return the date, not null
   */
  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  /**
   * Returns the legal reference.
   *
   * @return the reference, not null
   */
  public LegalReference reference() {
    return reference;
  }

  /**
   * Returns how sure we are of the value and its date.
   *
   * @return the confidence, not null
   */
  public Confidence confidence() {
    return confidence;
  }

  /**
   * Returns the note for people, if any.
   *
   * @return the note, not null
   */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this
        || (obj instanceof DatedValue<?> other
            && other.value.equals(value)
            && other.effectiveFrom.equals(effectiveFrom)
            && other.reference.equals(reference)
            && other.confidence == confidence
            && Objects.equals(other.note, note));
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, effectiveFrom, reference, confidence, note);
  }

  /**
   * Returns {@code value from date [confidence]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return value + " from " + effectiveFrom + " [" + confidence + "]";
  }
}
