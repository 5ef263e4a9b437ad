package org.communitygov.model.service;

/**
 * Whether a service is offered now, with the four values of HSDS 3.0 {@code service.status}.
 *
 * @since 0.1.0
 */
public enum ServiceStatus {
  /** Offered. */
  ACTIVE("active"),
  /** Not offered at present, expected to be again. */
  INACTIVE("inactive"),
  /** Closed for a while (repairs, an outbreak). */
  TEMPORARILY_CLOSED("temporarily closed"),
  /** No longer offered. */
  DEFUNCT("defunct");

  private final String hsdsCode;

  ServiceStatus(String hsdsCode) {
    this.hsdsCode = hsdsCode;
  }

  /**
   * Returns the value of HSDS 3.0 {@code service.status}, such as {@code temporarily closed}.
   *
   * @return the HSDS code, not null
   */
  public String hsdsCode() {
    return hsdsCode;
  }
}
