package org.communitygov.rules.needs.elderability;

/**
 * How the level-change reasons "mental diagnosis" and "care-risk events" combine when both apply:
 * an open question of GB/T 42195-2022 (see {@code docs/adr/0010-elder-ability-open-questions.md}).
 *
 * @since 0.1.0
 */
public enum Stacking {
  /** Raise by one level at most (the default). */
  MAX_ONE,
  /** Raise by one level for each reason. */
  ADDITIVE
}
