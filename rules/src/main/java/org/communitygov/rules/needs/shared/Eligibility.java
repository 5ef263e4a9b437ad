package org.communitygov.rules.needs.shared;

import org.communitygov.rules.engine.Outcome;

/**
 * A yes-or-no outcome, such as that of the 特困 test.
 *
 * @since 0.1.0
 */
public enum Eligibility implements Outcome {
  /** Eligible: every condition holds. */
  ELIGIBLE,
  /** Not eligible: a condition does not hold. */
  NOT_ELIGIBLE;

  @Override
  public String code() {
    return name();
  }
}
