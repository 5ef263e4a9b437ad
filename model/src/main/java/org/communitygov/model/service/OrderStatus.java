package org.communitygov.model.service;

/**
 * The status of a service order, the subset of FHIR R4 {@code TaskStatus} that the Gravity
 * project's SDOH referral loop uses. {@link OrderTransitions} says which status may follow which.
 *
 * @since 0.1.0
 */
public enum OrderStatus {
  /** 已派单: the order is sent to the provider and awaits its answer. */
  REQUESTED("requested"),
  /** 已接单: the provider agreed to deliver. */
  ACCEPTED("accepted"),
  /** 拒单: the provider declined (no capacity, not eligible, out of area). */
  REJECTED("rejected"),
  /** 已取消: withdrawn by the requester or the community before it was done. */
  CANCELLED("cancelled"),
  /** 服务中: delivery has started. */
  IN_PROGRESS("in-progress"),
  /** 暂停: paused, to be resumed (the resident is in hospital). */
  ON_HOLD("on-hold"),
  /** 未完成: delivery was attempted and could not be finished. */
  FAILED("failed"),
  /** 已完成: delivered. */
  COMPLETED("completed"),
  /** 录入错误: the order should never have existed; it stays in the history, marked. */
  ENTERED_IN_ERROR("entered-in-error");

  private final String fhirCode;

  OrderStatus(String fhirCode) {
    this.fhirCode = fhirCode;
  }

  /**
   * Returns the FHIR {@code Task.status} code, such as {@code in-progress}.
   *
   * @return the code, not null
   */
  public String fhirCode() {
    return fhirCode;
  }

  /**
   * Tells whether no status but {@link #ENTERED_IN_ERROR} may follow this one.
   *
   * @return true for rejected, cancelled, failed, completed and entered-in-error
   */
  public boolean isTerminal() {
    return OrderTransitions.allowedAfter(this).stream().allMatch(s -> s == ENTERED_IN_ERROR);
  }
}
