package org.communitygov.model.funding;

/**
 * What a funding transaction does. Each posts one ledger transaction whose lines are each in an
 * account of one fund (ADR 0088).
 *
 * @since 0.1.0
 */
public enum FundingKind {
  /** Money received into a fund from its grantor. */
  RECEIPT,
  /** Money spent from a fund on a service category (and a project, a population group). */
  SPEND,
  /** Money moved from one fund to another of the same restriction, or to an unrestricted one. */
  TRANSFER,
  /** Restricted money released to general use, with its authority and reason (解除限定). */
  RELEASE,
  /** Money given back to the grantor. */
  REFUND,
  /** A payment to a contract's provider against a milestone. */
  CONTRACT_PAYMENT
}
