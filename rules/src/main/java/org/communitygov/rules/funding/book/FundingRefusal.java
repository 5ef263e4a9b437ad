package org.communitygov.rules.funding.book;

/**
 * Why a funding transaction, a contract or a close was refused; nothing is posted. Each has a
 * stable code, listed with when it applies in {@code docs/funding.md} (the rule outcome codes of an
 * area are documented with the area, as {@code points.*} in {@code docs/points.md}; {@code
 * docs/validation-codes.md} lists the exchange validator's codes). A published code never changes
 * meaning.
 *
 * @since 0.1.0
 */
public enum FundingRefusal {
  /** The fund is not registered with the book. */
  UNKNOWN_FUND("funding.fund.unknown"),
  /** The amount is in another currency than the ledger's. */
  CURRENCY("funding.currency"),
  /** The transaction is dated in a closed period. */
  CLOSED_PERIOD("funding.period.closed"),
  /** A restricted fund's money is spent on another purpose. */
  WRONG_PURPOSE("funding.restriction.purpose"),
  /** A restricted fund's money is spent after its end date. */
  RESTRICTION_ENDED("funding.restriction.ended"),
  /** Restricted money is transferred to a fund that is not restricted to the same purpose. */
  TRANSFER_OUT_OF_RESTRICTION("funding.transfer.restriction"),
  /** A release names no authority or no reason. */
  RELEASE_WITHOUT_AUTHORITY("funding.release.authority"),
  /** A release from a fund that is not restricted, or to one that is. */
  RELEASE_NOT_RESTRICTED("funding.release.notRestricted"),
  /** A lottery fund's money is spent on a prohibited use. */
  LOTTERY_PROHIBITED_USE("funding.lottery.prohibitedUse"),
  /** A spend for a project passes the project's budget of that fund and category. */
  OVER_BUDGET("funding.budget.exceeded"),
  /** A spend names a project the book does not know. */
  UNKNOWN_PROJECT("funding.project.unknown"),
  /** The fund holds less than the amount. */
  INSUFFICIENT_BALANCE("funding.balance.insufficient"),
  /** A refund passes what the fund received. */
  REFUND_ABOVE_RECEIPTS("funding.refund.aboveReceipts"),
  /** A payment names a contract the book does not know. */
  UNKNOWN_CONTRACT("funding.contract.unknown"),
  /** A payment is from another fund than the contract's. */
  CONTRACT_FUND("funding.contract.fund"),
  /** A payment names a milestone the contract does not have. */
  UNKNOWN_MILESTONE("funding.contract.milestoneUnknown"),
  /** A payment against a milestone not met on its date. */
  MILESTONE_NOT_MET("funding.contract.milestoneNotMet"),
  /** A payment passes what the milestone pays. */
  MILESTONE_PAID("funding.contract.milestonePaid"),
  /**
   * A payment, with what was paid under the contract before, passes the contract amount. The
   * milestones' payments sum to the amount, so this is the overpayment of a milestone when the
   * others are paid in full (or one payment above the whole amount): the contract is checked before
   * the milestone, and this code wins over {@link #MILESTONE_PAID}.
   */
  CONTRACT_AMOUNT("funding.contract.amountExceeded"),
  /**
   * A payment dated before the contract's term begins, or against a milestone met after the term's
   * last day (work outside the contract: extend the contract first). A payment after the term's
   * last day for a milestone met within the term is allowed and flagged {@link
   * FundingOutcome#AFTER_TERM}: the final payment follows acceptance (ADR 0098).
   */
  CONTRACT_TERM("funding.contract.outsideTerm"),
  /** A contract's term is longer than the parameters allow. */
  TERM_TOO_LONG("funding.contract.termTooLong"),
  /** A close found a fund whose lines do not balance or a restricted fund below zero. */
  CLOSE_CHECK("funding.close.check"),
  /** The ledger refused the transaction; its result code is in the details. */
  LEDGER("funding.ledger.refused");

  private final String code;

  FundingRefusal(String code) {
    this.code = code;
  }

  /**
   * Returns the stable code, such as {@code funding.restriction.purpose}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }
}
