package org.communitygov.rules.ledger;

/**
 * The result of posting an entry, as TigerBeetle answers a transfer: a code, never an exception.
 * The constants are declared in their order of precedence: when an entry breaks several rules, the
 * earliest is answered (ADR 0053, {@code docs/ledger.md}).
 *
 * <p>{@link #UNBALANCED} and {@link #MIXED_UNITS} depend on the entry alone and leave its id free
 * for a corrected entry. Every code from {@link #CLOSED_PERIOD} on depends on the ledger's state:
 * the refusal is kept in the journal, and a retry of the id answers the same code, whatever its
 * content.
 *
 * @since 0.1.0
 */
public enum ResultCode {
  /** Accepted and appended to the journal. */
  ACCEPTED("accepted"),
  /** A transaction's postings do not sum to zero in a unit. */
  UNBALANCED("unbalanced"),
  /** A transaction's postings are in more than one unit. */
  MIXED_UNITS("mixed_units"),
  /** The id was accepted before with the same content; the original is returned. */
  EXISTS("exists"),
  /** The id was accepted before with other content; {@link Outcome#field()} names the first. */
  EXISTS_WITH_DIFFERENT("exists_with_different_"),
  /** A date of the entry falls in a closed period. */
  CLOSED_PERIOD("closed_period"),
  /** A date of the entry is after today. */
  FUTURE_DATED("future_dated"),
  /** An account is opened in another ledger's journal. */
  WRONG_LEDGER("wrong_ledger"),
  /** A posting names an account that is not open in the ledger. */
  UNKNOWN_ACCOUNT("unknown_account"),
  /** A posting's account is closed, or not yet open on the entry's date. */
  ACCOUNT_CLOSED("account_closed"),
  /** A posting or assertion is in another unit than its account. */
  ACCOUNT_UNIT_MISMATCH("account_unit_mismatch"),
  /**
   * A transaction takes from a restricted-purpose account without naming that account's purpose.
   */
  RESTRICTED_PURPOSE("restricted_purpose"),
  /** A reversal names an entry that is not a transaction in effect. */
  REVERSAL_TARGET_UNKNOWN("reversal_target_unknown"),
  /** A reversal names a transaction that is already reversed. */
  ALREADY_REVERSED("already_reversed"),
  /** A reversal's postings are not the opposite of the reversed transaction's. */
  REVERSAL_MISMATCH("reversal_mismatch"),
  /** A post or void names an entry that is not a pending transaction. */
  PENDING_UNKNOWN("pending_unknown"),
  /** A post or void names a pending transaction already posted or voided. */
  PENDING_ALREADY_RESOLVED("pending_already_resolved"),
  /** A post is dated after the pending transaction's expiry date. */
  PENDING_EXPIRED("pending_expired"),
  /** The entry would take an account that forbids it below zero. */
  OVERDRAFT("overdraft"),
  /** A balance would pass the range of a {@code long} count of steps. */
  BALANCE_OVERFLOW("balance_overflow"),
  /** A balance assertion does not hold. */
  BALANCE_ASSERTION_FAILED("balance_assertion_failed"),
  /** Another entry of the same linked batch was refused, so this one is not applied. */
  LINKED_ENTRY_FAILED("linked_entry_failed");

  private final String code;

  ResultCode(String code) {
    this.code = code;
  }

  /**
   * Returns the stable code, such as {@code closed_period}; for {@link #EXISTS_WITH_DIFFERENT}, the
   * prefix {@code exists_with_different_} that {@link Outcome#code()} completes.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Tells whether a refusal with this code depends on the ledger's state and is kept in the
   * journal.
   *
   * @return true for the codes from {@link #CLOSED_PERIOD} to {@link #BALANCE_ASSERTION_FAILED}
   */
  public boolean isKept() {
    return ordinal() >= CLOSED_PERIOD.ordinal() && this != LINKED_ENTRY_FAILED;
  }

  /**
   * Returns the constant of a stable code (not of an {@code exists_with_different_…} code).
   *
   * @param code the code, not null
   * @return the constant, not null
   * @throws IllegalArgumentException if no constant has that code
   */
  public static ResultCode fromCode(String code) {
    for (ResultCode value : values()) {
      if (value.code.equals(code) && value != EXISTS_WITH_DIFFERENT) {
        return value;
      }
    }
    throw new IllegalArgumentException("no result code " + code);
  }
}
