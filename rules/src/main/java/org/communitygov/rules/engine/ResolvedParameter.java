package org.communitygov.rules.engine;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to "which value of this parameter applies here on this date": the value with where it
 * was found, since when it applies, its legal reference and its confidence.
 *
 * <p>Explanations print all of it. This class is immutable and thread-safe.
 *
 * @param <T> the Java type of the value
 * @since 0.1.0
 */
public final class ResolvedParameter<T> {
  private final ParameterDefinition definition;
  private final DatedValue<T> dated;
  private final Jurisdiction foundIn;
  private final LocalizedText placeName;
  private final LocalDate date;
  // The last operand made of this value, shared by the steps of every decision that compares with
  // it under the same label (a context resolves a parameter once). The race is benign: at worst an
  // equal operand is made twice.
  private Operand operand;

  ResolvedParameter(
      ParameterDefinition definition,
      DatedValue<T> dated,
      Jurisdiction foundIn,
      LocalizedText placeName,
      LocalDate date) {
    this.definition = definition;
    this.dated = dated;
    this.foundIn = foundIn;
    this.placeName = placeName;
    this.date = date;
  }

  /**
   * Returns the parameter's definition.
   *
   * @return the definition, not null
   */
  public ParameterDefinition definition() {
    return definition;
  }

  /**
   * Returns the parameter id.
   *
   * @return the id, not null
   */
  public String id() {
    return definition.id();
  }

  /**
   * Returns an operand of this value under a label, the same instance as last time when the label
   * is the same.
   */
  Operand operand(String label) {
    Operand o = operand;
    if (o == null || !o.label().equals(label)) {
      o = Operand.ofParameter(label, this);
      operand = o;
    }
    return o;
  }

  /**
   * Returns the value.
   *
   * @return the value, not null
   */
  public T value() {
    return dated.value();
  }

  /**
   * Returns the value as canonical text ({@code 735.00}, {@code 16}, {@code MAX_ONE}).
   *
   * @return the text, not null
   */
  public String valueText() {
    return definition.key().type().render(dated.value());
  }

  /**
   * Returns the dated value that applied, with its note.
   *
   * @return the dated value, not null
   */
  public DatedValue<T> datedValue() {
    return dated;
  }

  /**
   * Returns the jurisdiction the value was found in, which may lie above the one asked for.
   *
   * @return the jurisdiction, not null
   */
  public Jurisdiction foundIn() {
    return foundIn;
  }

  /**
   * Returns the name of the place the value was found in, if the parameter set knows it.
   *
   * @return the name, not null
   */
  public Optional<LocalizedText> placeName() {
    return Optional.ofNullable(placeName);
  }

  /**
   * Returns the first day the value applies.
   *
   * @return the date, not null
   */
  public LocalDate effectiveFrom() {
    return dated.effectiveFrom();
  }

  /**
   * Returns the legal reference of the value.
   *
   * @return the reference, not null
   */
  public LegalReference reference() {
    return dated.reference();
  }

  /**
   * Returns how sure we are of the value.
   *
   * @return the confidence, not null
   */
  public Confidence confidence() {
    return dated.confidence();
  }

  /**
   * Returns the date the value was resolved for.
   *
   * @return the date, not null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the canonical text of this value for fingerprints: id, type, unit, jurisdiction,
   * effective date, value, confidence and the reference's five fields (document zh and en, article
   * zh and en, web address; empty when absent), each with {@code \\} and {@code |} escaped by a
   * backslash, joined by {@code |}.
   *
   * @return the text, not null
   */
  public String canonical() {
    return Fingerprint.line(
            id(),
            definition.key().type().name(),
            definition.unit(),
            foundIn.toString(),
            effectiveFrom().toString(),
            definition.key().type().canonical(dated.value()),
            confidence().name())
        + "|"
        + reference().canonical();
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this
        || (obj instanceof ResolvedParameter<?> other
            // the ids' hashes are cached: most unequal parameters differ there first
            && other.id().hashCode() == id().hashCode()
            && other.id().equals(id())
            && other.date.equals(date)
            && other.foundIn.equals(foundIn)
            && other.dated.equals(dated)
            && other.canonical().equals(canonical()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(id(), foundIn, dated.effectiveFrom(), date);
  }

  /**
   * Returns {@code id = value (jurisdiction, from date, confidence)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return id()
        + " = "
        + valueText()
        + " ("
        + foundIn
        + ", from "
        + effectiveFrom()
        + ", "
        + confidence()
        + ")";
  }
}
