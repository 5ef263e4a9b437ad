package org.communitygov.model.household;

/**
 * Why a person joined or left a household.
 *
 * @since 0.1.0
 */
public enum MembershipChange {
  /** 出生: born into the household. */
  BIRTH,
  /** 婚姻: by marriage. */
  MARRIAGE,
  /** 离婚: by divorce. */
  DIVORCE,
  /** 死亡: by death. */
  DEATH,
  /** 迁入 / 迁出: moved in or out. */
  MOVE,
  /** 分户: the household split. */
  HOUSEHOLD_SPLIT,
  /** 变更户主: a change of head (the person stays with another role). */
  HEAD_CHANGE,
  /** 服刑 / 服兵役 / 宣告失踪 and other statutory absences. */
  STATUTORY_ABSENCE,
  /** Another reason. */
  OTHER
}
