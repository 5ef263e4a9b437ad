package org.communitygov.model.service;

/**
 * How a service request reached the community.
 *
 * @since 0.1.0
 */
public enum RequestChannel {
  /** 上门 / 窗口: in person at a service centre. */
  WALK_IN,
  /** 电话: by phone. */
  PHONE,
  /** 线上: through an app or mini-program. */
  APP,
  /** 网格员: found or passed on by a grid worker. */
  GRID_WORKER,
  /** 居民议事会: raised in a residents' council. */
  COUNCIL
}
