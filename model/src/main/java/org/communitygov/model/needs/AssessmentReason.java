package org.communitygov.model.needs;

/**
 * Why an assessment was made (评估原因).
 *
 * @since 0.1.0
 */
public enum AssessmentReason {
  /** 首次评估: the first assessment. */
  FIRST,
  /** 常规评估: a routine, scheduled reassessment. */
  ROUTINE,
  /** 即时评估: an immediate reassessment after the person's condition changed. */
  IMMEDIATE,
  /** 因对评估结果有疑问进行的复评: a reassessment because the result was disputed. */
  REVIEW_ON_DISPUTE,
  /** 其他: another reason. */
  OTHER
}
