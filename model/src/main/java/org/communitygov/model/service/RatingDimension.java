package org.communitygov.model.service;

/**
 * A named aspect of a delivery that satisfaction feedback rates from 1 to 5.
 *
 * @since 0.1.0
 */
public enum RatingDimension {
  /** 服务态度: the worker's attitude. */
  ATTITUDE,
  /** 及时性: timeliness. */
  TIMELINESS,
  /** 服务质量: quality of the work. */
  QUALITY,
  /** 总体满意度: overall satisfaction. */
  OVERALL
}
