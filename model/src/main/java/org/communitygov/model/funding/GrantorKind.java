package org.communitygov.model.funding;

/**
 * What kind of party gives a fund's money.
 *
 * @since 0.1.0
 */
public enum GrantorKind {
  /** A government body or its finance or civil-affairs department. */
  GOVERNMENT,
  /** An organisation: an enterprise, a social organisation, a foundation, a collective. */
  ORGANISATION,
  /** A person; the name is personal data, never disclosed or printed. */
  INDIVIDUAL,
  /** A donor who asked not to be named. */
  ANONYMOUS
}
