package org.communitygov.model.community;

/**
 * The kind of a community's self-governing committee (基层群众性自治组织).
 *
 * @since 0.1.0
 */
public enum CommitteeKind {
  /** 居民委员会: the residents' committee of an urban community. */
  RESIDENTS_COMMITTEE,
  /** 村民委员会: the villagers' committee of an administrative village. */
  VILLAGERS_COMMITTEE;

  /**
   * Returns the committee kind that governs communities of the given kind.
   *
   * @param kind the community kind, not null
   * @return the committee kind, not null
   */
  public static CommitteeKind governing(CommunityKind kind) {
    return kind == CommunityKind.URBAN_COMMUNITY ? RESIDENTS_COMMITTEE : VILLAGERS_COMMITTEE;
  }
}
