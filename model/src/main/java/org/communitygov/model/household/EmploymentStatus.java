package org.communitygov.model.household;

/**
 * A person's employment status, as means tests and employment services need it.
 *
 * @since 0.1.0
 */
public enum EmploymentStatus {
  /** Employed by an employer. */
  EMPLOYED,
  /** Self-employed or running a business, farming included. */
  SELF_EMPLOYED,
  /** Of working age, able and looking for work (失业). */
  UNEMPLOYED,
  /** Retired on a pension. */
  RETIRED,
  /** In full-time education. */
  STUDENT,
  /** Unable to work (无劳动能力) through age, illness or disability. */
  UNABLE_TO_WORK,
  /** Otherwise not in the labour force (homemaker, pre-school child). */
  NOT_IN_LABOUR_FORCE
}
