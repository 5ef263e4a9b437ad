package org.communitygov.rules.needs.elderability;

import org.communitygov.rules.engine.LocalizedText;

/**
 * The four primary indicators (一级指标) of GB/T 42195-2022, with their maximum subtotals.
 *
 * @since 0.1.0
 */
public enum ElderAbilityDimension {
  /** B.1 自理能力: self-care, 8 items, 0–32. */
  SELF_CARE("B.1", "自理能力", "self-care", 32),
  /** B.2 基础运动能力: basic mobility, 4 items, 0–15. */
  BASIC_MOBILITY("B.2", "基础运动能力", "basic mobility", 15),
  /** B.3 精神状态: mental state, 9 items, 0–28. */
  MENTAL_STATE("B.3", "精神状态", "mental state", 28),
  /** B.4 感知觉与社会参与: perception and social participation, 5 items, 0–15. */
  PERCEPTION_AND_SOCIAL("B.4", "感知觉与社会参与", "perception and social participation", 15);

  private final String code;
  private final LocalizedText name;
  private final int max;

  ElderAbilityDimension(String code, String zh, String en, int max) {
    this.code = code;
    this.name = LocalizedText.of(zh, en);
    this.max = max;
  }

  /**
   * Returns the code in Annex B, such as {@code B.1}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Returns the name.
   *
   * @return the name, not null
   */
  public LocalizedText displayName() {
    return name;
  }

  /**
   * Returns the highest subtotal.
   *
   * @return the maximum
   */
  public int max() {
    return max;
  }
}
