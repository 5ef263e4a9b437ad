package org.communitygov.rules.service.gap;

/**
 * What the gap rule found for one community and category.
 *
 * @since 0.1.0
 */
public enum GapStatus {
  /** 供不应求: enough requests, and too large a share of them unmet. */
  SHORTAGE,
  /** 供过于求: not short, and too small a share of the capacity used. */
  OVERSUPPLY,
  /** 供需平衡: neither. */
  BALANCED
}
