package org.communitygov.model.needs;

/**
 * The categories of need that community services meet, as used by the service catalogue.
 *
 * @since 0.1.0
 */
public enum NeedCategory {
  /** 生活照料 / 养老: daily care of older or dependent people. */
  DAILY_CARE,
  /** 医疗卫生: medical and health care. */
  MEDICAL,
  /** 康复: rehabilitation. */
  REHABILITATION,
  /** 精神慰藉: emotional support and companionship. */
  EMOTIONAL_SUPPORT,
  /** 助餐: meal assistance. */
  MEAL_ASSISTANCE,
  /** 助洁: cleaning assistance. */
  CLEANING,
  /** 助浴: bathing assistance. */
  BATHING,
  /** 助行: mobility assistance. */
  MOBILITY,
  /** 助医: accompanying to and arranging medical visits. */
  MEDICAL_ESCORT,
  /** 紧急救援: emergency response. */
  EMERGENCY_RESPONSE,
  /** 法律服务: legal aid and advice. */
  LEGAL,
  /** 就业: employment support. */
  EMPLOYMENT,
  /** 社会救助: social assistance (低保, 特困, temporary assistance). */
  SOCIAL_ASSISTANCE,
  /** 托育: childcare for children under three. */
  CHILDCARE,
  /** 儿童关爱: care of children, including left-behind children. */
  CHILD_PROTECTION,
  /** 助残: support of people with disabilities. */
  DISABILITY_SUPPORT,
  /** 住房: housing. */
  HOUSING,
  /** 文化教育: culture and education. */
  EDUCATION_CULTURE,
  /** 其他: another need. */
  OTHER
}
