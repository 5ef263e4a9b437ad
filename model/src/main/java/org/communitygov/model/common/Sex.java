package org.communitygov.model.common;

/**
 * The sex of a person (性别) as recorded in the civil registration and derived from the citizen ID
 * (an odd 17th digit is male, an even one female).
 *
 * <p>In JSON the constant's name is the code: {@code "MALE"}, {@code "FEMALE"}.
 *
 * @since 0.1.0
 */
public enum Sex {
  /** 男: male. */
  MALE,
  /** 女: female. */
  FEMALE
}
