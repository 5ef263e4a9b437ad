package org.communitygov.model.community;

/**
 * The kind of the township-level office above a community.
 *
 * @since 0.1.0
 */
public enum TownshipKind {
  /** 街道办事处: the street office, the city district's agency above urban communities. */
  STREET_OFFICE,
  /** 乡 or 镇: the township or town government above villages (and some communities). */
  TOWNSHIP
}
