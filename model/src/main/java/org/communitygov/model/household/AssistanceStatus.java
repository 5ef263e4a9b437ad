package org.communitygov.model.household;

/**
 * A social-assistance status of a household (特定身份: sensitive personal information).
 *
 * @since 0.1.0
 */
public enum AssistanceStatus {
  /** 低保: receives the minimum living guarantee. */
  MINIMUM_LIVING_GUARANTEE,
  /** 低保边缘: a near-poor household, just above the minimum living guarantee. */
  NEAR_MINIMUM_LIVING_GUARANTEE,
  /** 特困: has a person supported as extremely poor (特困人员救助供养). */
  EXTREME_POVERTY_SUPPORT
}
