package org.communitygov.api.exchange;

/**
 * How strictly an {@link ExchangeValidator} judges what the format tolerates but does not intend.
 *
 * @since 0.1.0
 */
public enum ValidationMode {
  /**
   * Unknown properties, {@code null} for an optional value and a byte order mark are errors, except
   * that unknown properties of a document written by a newer minor version than the reader's are
   * warnings.
   */
  STRICT,
  /**
   * Unknown properties, {@code null} for an optional value and a byte order mark are warnings.
   * Every other rule stays as strict.
   */
  LENIENT
}
