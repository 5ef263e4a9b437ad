package org.communitygov.rules.engine;

import java.util.Objects;
import java.util.Optional;
import org.communitygov.model.common.DivisionCode;
import org.communitygov.model.common.InvalidValueException;

/**
 * Where a parameter value applies: the whole country, or an administrative division and everything
 * within it.
 *
 * <p>Written {@value #NATIONAL_TEXT} for the country and as the division's digits otherwise.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Jurisdiction implements Comparable<Jurisdiction> {
  /** The text form of the national jurisdiction. */
  public static final String NATIONAL_TEXT = "national";

  private static final Jurisdiction NATIONAL = new Jurisdiction(null);

  private final DivisionCode division;

  private Jurisdiction(DivisionCode division) {
    this.division = division;
  }

  /**
   * Returns the national jurisdiction, the last fallback of every resolution.
   *
   * @return the national jurisdiction, not null
   */
  public static Jurisdiction national() {
    return NATIONAL;
  }

  /**
   * Obtains the jurisdiction of a division.
   *
   * @param division the division, not null
   * @return the jurisdiction, not null
   * @throws NullPointerException if {@code division} is null
   */
  public static Jurisdiction of(DivisionCode division) {
    return new Jurisdiction(Objects.requireNonNull(division, "division"));
  }

  /**
   * Parses {@value #NATIONAL_TEXT} or a division code, as written by {@link #toString()}.
   *
   * @param text the text, not null
   * @return the jurisdiction, not null
   * @throws NullPointerException if {@code text} is null
   * @throws InvalidValueException if the text is neither
   */
  public static Jurisdiction parse(CharSequence text) {
    String s = Objects.requireNonNull(text, "text").toString();
    return s.equals(NATIONAL_TEXT) ? NATIONAL : of(DivisionCode.parse(s));
  }

  /**
   * Returns the division, or empty for the national jurisdiction.
   *
   * @return the division, not null
   */
  public Optional<DivisionCode> division() {
    return Optional.ofNullable(division);
  }

  /**
   * Tells whether this is the national jurisdiction.
   *
   * @return true if national
   */
  public boolean isNational() {
    return division == null;
  }

  /**
   * Returns the next jurisdiction to look in when this one has no value: the parent division, then
   * the nation; empty for the nation.
   *
   * @return the fallback, not null
   */
  public Optional<Jurisdiction> fallback() {
    if (division == null) {
      return Optional.empty();
    }
    return Optional.of(division.parent().map(Jurisdiction::new).orElse(NATIONAL));
  }

  @Override
  public int compareTo(Jurisdiction other) {
    return toString().compareTo(other.toString());
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this
        || (obj instanceof Jurisdiction other && Objects.equals(other.division, division));
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(division);
  }

  /**
   * Returns {@value #NATIONAL_TEXT} or the division's digits.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return division == null ? NATIONAL_TEXT : division.toString();
  }
}
