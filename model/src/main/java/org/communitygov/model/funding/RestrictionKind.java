package org.communitygov.model.funding;

/**
 * What a fund's money may be spent on.
 *
 * @since 0.1.0
 */
public enum RestrictionKind {
  /** Any lawful purpose of the community. */
  UNRESTRICTED,
  /** Only services of one category (专款专用 for, say, 助餐). */
  SERVICE_CATEGORY,
  /** Only one project. */
  PROJECT,
  /** Only services for one population group (the elderly, people with disabilities, …). */
  POPULATION_GROUP
}
