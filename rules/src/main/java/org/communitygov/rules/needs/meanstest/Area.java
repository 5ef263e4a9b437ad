package org.communitygov.rules.needs.meanstest;

/**
 * Whether a household is means-tested against the urban or the rural standard of its place (城市 /
 * 农村低保标准).
 *
 * @since 0.1.0
 */
public enum Area {
  /** 城市: the urban standard, parameter {@code mlg.standard.urban}. */
  URBAN,
  /** 农村: the rural standard, parameter {@code mlg.standard.rural}. */
  RURAL
}
