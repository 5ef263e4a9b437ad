package org.communitygov.rules.needs;

/**
 * A priority group (重点人群) of community services, found by {@link PriorityGroups}.
 *
 * @since 0.1.0
 */
public enum PriorityGroup {
  /** 独居老年人: of {@code priority.elderlyAge} or more, the only member of the household. */
  ELDERLY_LIVING_ALONE,
  /** 空巢老年人: of {@code priority.elderlyAge} or more, and every member is (living alone too). */
  EMPTY_NEST_ELDERLY,
  /** 高龄老年人: of {@code priority.veryElderlyAge} (80) or more. */
  VERY_ELDERLY,
  /** 残疾人: holds a disability certificate of any grade. */
  DISABLED,
  /** 重度残疾人: grade {@code priority.severeDisabilityGrade} (2) or more severe. */
  SEVERELY_DISABLED,
  /** 低保、特困家庭儿童: under {@code priority.childAgeLimit} in an MLG or extreme-poverty household. */
  CHILD_IN_ASSISTED_HOUSEHOLD,
  /** 低保家庭: the household receives the minimum living guarantee. */
  MLG_HOUSEHOLD,
  /** 低保边缘家庭: the household is recognized as near-MLG. */
  NEAR_MLG_HOUSEHOLD,
  /** 特困供养: the household includes a person receiving extreme-poverty support. */
  EXTREME_POVERTY_HOUSEHOLD
}
