package org.communitygov.model.community;

/**
 * The kind of a basic-level community: urban community or administrative village.
 *
 * @since 0.1.0
 */
public enum CommunityKind {
  /** 城市社区: an urban community, governed by a residents' committee (居委会). */
  URBAN_COMMUNITY,
  /** 建制村: an administrative village, governed by a villagers' committee (村委会). */
  ADMINISTRATIVE_VILLAGE
}
