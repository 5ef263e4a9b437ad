package org.communitygov.model.ledger;

/**
 * What owns an account.
 *
 * @since 0.1.0
 */
public enum OwnerKind {
  /** A person (resident, volunteer). */
  PERSON,
  /** A household. */
  HOUSEHOLD,
  /** An organisation (committee, social organisation). */
  ORGANISATION,
  /** A fund (a grant, a lottery public-welfare fund). */
  FUND
}
