package org.communitygov.model.service;

/**
 * What a delivery achieved.
 *
 * @since 0.1.0
 */
public enum DeliveryOutcome {
  /** Delivered as ordered. */
  COMPLETED,
  /** Delivered in part. */
  PARTIAL,
  /** The recipient was not there. */
  RECIPIENT_ABSENT,
  /** The recipient declined it on the day. */
  DECLINED,
  /** Not delivered for another reason. */
  NOT_DELIVERED
}
