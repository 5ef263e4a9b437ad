package org.communitygov.model.household;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * A social-assistance status of a household (特定身份: sensitive personal information).
 *
 * <p>The codes are the glossary's abbreviations (MLG, near-MLG). The earlier spellings ({@code
 * MINIMUM_LIVING_GUARANTEE}, {@code NEAR_MINIMUM_LIVING_GUARANTEE}) are still read, never written
 * (ADR 0105).
 *
 * @since 0.1.0
 */
public enum AssistanceStatus {
  /** 低保: receives the minimum living guarantee (MLG). */
  @JsonAlias("MINIMUM_LIVING_GUARANTEE")
  MLG,
  /** 低保边缘: a near-MLG household, just above the minimum living guarantee. */
  @JsonAlias("NEAR_MINIMUM_LIVING_GUARANTEE")
  NEAR_MLG,
  /** 特困: has a person supported as extremely poor (特困人员救助供养). */
  EXTREME_POVERTY_SUPPORT
}
