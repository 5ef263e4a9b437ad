package org.communitygov.rules.needs.priority;

import java.util.Optional;
import java.util.Set;
import org.communitygov.model.common.SensitiveCategory;

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
  EXTREME_POVERTY_HOUSEHOLD;

  /**
   * Returns the kind of sensitive information that membership of this group tells: {@link
   * SensitiveCategory#DISABILITY} for the disability groups, {@link
   * SensitiveCategory#ASSISTANCE_STATUS} for the groups of assisted households (低保, 低保边缘, 特困),
   * empty for the age groups (an age is not sensitive personal information under PIPL 第二十八条).
   *
   * @return the category, not null
   * @since 0.1.0
   */
  public Optional<SensitiveCategory> sensitivity() {
    return switch (this) {
      case DISABLED, SEVERELY_DISABLED -> Optional.of(SensitiveCategory.DISABILITY);
      case CHILD_IN_ASSISTED_HOUSEHOLD,
          MLG_HOUSEHOLD,
          NEAR_MLG_HOUSEHOLD,
          EXTREME_POVERTY_HOUSEHOLD ->
          Optional.of(SensitiveCategory.ASSISTANCE_STATUS);
      case ELDERLY_LIVING_ALONE, EMPTY_NEST_ELDERLY, VERY_ELDERLY -> Optional.empty();
    };
  }

  /**
   * Returns the category under which a list of groups is masked: the strictest that any of them
   * tells ({@link SensitiveCategory#DISABILITY} before {@link
   * SensitiveCategory#ASSISTANCE_STATUS}), and {@code DISABILITY} when none does, so that whether a
   * list is masked does not tell whether it holds a sensitive group.
   *
   * @param groups the groups, not null
   * @return the category, not null
   */
  static SensitiveCategory strictest(Set<PriorityGroup> groups) {
    boolean assistance = false;
    for (PriorityGroup g : groups) {
      var c = g.sensitivity();
      if (c.isPresent() && c.get() == SensitiveCategory.DISABILITY) {
        return SensitiveCategory.DISABILITY;
      }
      assistance |= c.isPresent();
    }
    return assistance ? SensitiveCategory.ASSISTANCE_STATUS : SensitiveCategory.DISABILITY;
  }
}
