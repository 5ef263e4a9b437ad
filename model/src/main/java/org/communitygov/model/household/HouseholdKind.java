package org.communitygov.model.household;

/**
 * Whether a household is a registered household or a resident household.
 *
 * @since 0.1.0
 */
public enum HouseholdKind {
  /** 户籍户: a household as registered in the hukou book. */
  REGISTERED,
  /** 常住户: the people who actually live together, whatever their registration. */
  RESIDENT
}
