package org.communitygov.rules.needs.meanstest;

/**
 * Why a household member is not counted as a 共同生活的家庭成员 of a 低保 means test, by 《最低生活保障审核确认办法》
 * (民发〔2021〕57号); the list is confirmed, its article number is not.
 *
 * <p>An exclusion is a fact the caseworker establishes; it is sensitive (religion, detention,
 * whereabouts) and explanations mask it unless {@link
 * org.communitygov.model.common.SensitiveCategory#LOCATION} is revealed.
 *
 * @since 0.1.0
 */
public enum MlgExclusion {
  /** 连续3年以上（含3年）脱离家庭独立生活的宗教教职人员: clergy who have lived apart for 3 years or more. */
  CLERGY_LIVING_APART,
  /** 在监狱内服刑: serving a prison sentence. */
  IN_PRISON,
  /** 在戒毒所强制隔离戒毒: in compulsory drug rehabilitation. */
  COMPULSORY_DRUG_REHABILITATION,
  /** 宣告失踪: declared missing by a court. */
  DECLARED_MISSING,
  /** 省级民政部门认定的其他人员: excluded by a rule of the provincial civil-affairs department. */
  PROVINCIAL_DECISION
}
