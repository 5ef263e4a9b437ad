package org.communitygov.model.common;

/**
 * The kinds of sensitive personal information (敏感个人信息) of PIPL 第二十八条 that the model holds.
 *
 * <p>Values of these kinds never appear in {@code toString()}, in exception messages or in
 * validation messages; exports for data that leaves its owner mask or pseudonymize them.
 *
 * @since 0.1.0
 */
public enum SensitiveCategory {
  /** A citizen identity number (公民身份号码): ordinary personal data of high risk, masked. */
  IDENTITY_NUMBER,
  /** A phone number or other direct contact. */
  CONTACT,
  /** Medical and health data (医疗健康): diagnoses, chronic conditions, assessment scores. */
  HEALTH,
  /** Disability status, category and grade (特定身份 and 医疗健康). */
  DISABILITY,
  /** Social-assistance status (低保, 特困, 优抚): 特定身份. */
  ASSISTANCE_STATUS,
  /** Income, assets, bank accounts (金融账户). */
  FINANCIAL,
  /** Whereabouts and location traces (行踪轨迹). */
  LOCATION
}
