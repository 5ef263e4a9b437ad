package org.communitygov.rules.needs.meanstest;

/**
 * Why a member is or is not counted as a 共同生活的家庭成员 of a 低保 means test (民发〔2021〕57号).
 *
 * <p>Roles are relative to the head, who is taken as the applicant. Mapping: {@code HEAD} → {@link
 * #APPLICANT}; {@code SPOUSE} → {@link #SPOUSE} (一); {@code CHILD} under 18 → {@link #MINOR_CHILD}
 * (二); an adult {@code CHILD} named in {@code dependentAdultChildren} → {@link
 * #DEPENDENT_ADULT_CHILD} (三); any other adult {@code CHILD}, {@code PARENT}, {@code
 * PARENT_IN_LAW}, {@code GRANDPARENT}, {@code GRANDCHILD}, {@code SIBLING} and {@code CHILD_IN_LAW}
 * who live with the household → {@link #SUPPORT_RELATIVE} (四); {@code OTHER_RELATIVE} and {@code
 * NON_RELATIVE} → {@link #NO_SUPPORT_OBLIGATION}.
 *
 * @since 0.1.0
 */
public enum MemberCategory {
  /** The head, taken as the applicant. */
  APPLICANT(true),
  /** (一) 配偶. */
  SPOUSE(true),
  /** (二) 未成年子女. */
  MINOR_CHILD(true),
  /** (三) 已成年但不能独立生活的子女, students in undergraduate education or below included. */
  DEPENDENT_ADULT_CHILD(true),
  /** (四) 其他具有法定赡养、扶养、抚养义务关系并长期共同居住的人员. */
  SUPPORT_RELATIVE(true),
  /** Not counted: a relative of category (四) who does not live with the household long-term. */
  LIVING_APART(false),
  /** Not counted: no statutory support relation to the applicant (other relative, non-relative). */
  NO_SUPPORT_OBLIGATION(false),
  /** Not counted: excluded by a {@link MlgExclusion}. */
  EXCLUDED(false);

  private final boolean counted;
  private final String factName;

  MemberCategory(boolean counted) {
    this.counted = counted;
    this.factName = "member." + name();
  }

  /** The name of the fact listing the members of this category, {@code member.<NAME>}. */
  String factName() {
    return factName;
  }

  /**
   * Tells whether members of this category are counted.
   *
   * @return true if counted
   */
  public boolean counted() {
    return counted;
  }
}
