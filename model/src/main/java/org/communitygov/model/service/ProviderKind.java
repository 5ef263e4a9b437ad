package org.communitygov.model.service;

/**
 * The kind of organisation that provides a service.
 *
 * @since 0.1.0
 */
public enum ProviderKind {
  /** 政府部门: a government department or its agency, such as a street office. */
  GOVERNMENT_DEPARTMENT,
  /** 居委会 / 村委会: a residents' or villagers' committee. */
  COMMUNITY_COMMITTEE,
  /** 社会组织: a social organisation (social group, social service agency, foundation). */
  SOCIAL_ORGANIZATION,
  /** 企业: an enterprise. */
  ENTERPRISE,
  /** 事业单位: a public institution, such as a community health centre. */
  PUBLIC_INSTITUTION,
  /** 志愿服务队: a volunteer team. */
  VOLUNTEER_TEAM
}
