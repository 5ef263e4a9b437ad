package org.communitygov.model.funding;

/**
 * The result of a provider's performance evaluation (绩效评价).
 *
 * @since 0.1.0
 */
public enum EvaluationResult {
  /** 优秀. */
  EXCELLENT,
  /** 良好. */
  GOOD,
  /** 合格. */
  PASSED,
  /** 不合格: payments after it are flagged. */
  FAILED;

  /**
   * Tells whether the provider failed.
   *
   * @return true for {@link #FAILED}
   */
  public boolean isFailed() {
    return this == FAILED;
  }
}
