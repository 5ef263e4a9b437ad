package org.communitygov.rules.engine;

import java.io.Serial;
import java.time.LocalDate;
import org.communitygov.model.common.CommunityGovException;

/**
 * Thrown when no value of a parameter applies to a place on a date: neither the place, nor a
 * division above it, nor the nation has a value in force on that date. Code {@value #CODE}.
 *
 * <p>communitygov never falls back to a silent default: a rule that needs the value cannot decide.
 *
 * @since 0.1.0
 */
public final class MissingParameterException extends CommunityGovException {
  /** The stable code of this failure. */
  public static final String CODE = "parameter.missing";

  @Serial private static final long serialVersionUID = 1L;

  private final String parameterId;
  private final Jurisdiction jurisdiction;
  private final LocalDate date;

  MissingParameterException(String parameterId, Jurisdiction jurisdiction, LocalDate date) {
    super(
        CODE,
        "no value of parameter "
            + parameterId
            + " applies to "
            + jurisdiction
            + " on "
            + date
            + " (looked in the division, the divisions above it and the nation)");
    this.parameterId = parameterId;
    this.jurisdiction = jurisdiction;
    this.date = date;
  }

  /**
   * Returns the id of the parameter.
   *
   * @return the id, not null
   */
  public String parameterId() {
    return parameterId;
  }

  /**
   * Returns the jurisdiction the value was asked for.
   *
   * @return the jurisdiction, not null
   */
  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  /**
   * Returns the date the value was asked for.
   *
   * @return the date, not null
   */
  public LocalDate date() {
    return date;
  }
}
