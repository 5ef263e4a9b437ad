package org.communitygov.rules.needs.elderability;

import org.communitygov.rules.engine.LocalizedText;

/**
 * The five ability levels (能力等级) of GB/T 42195-2022, from 0 (intact) to 4 (complete loss).
 *
 * @since 0.1.0
 */
public enum ElderAbilityLevel {
  /** 0 能力完好: intact. */
  INTACT("能力完好", "intact"),
  /** 1 能力轻度受损（轻度失能）: mildly impaired. */
  MILD("能力轻度受损（轻度失能）", "mildly impaired"),
  /** 2 能力中度受损（中度失能）: moderately impaired. */
  MODERATE("能力中度受损（中度失能）", "moderately impaired"),
  /** 3 能力重度受损（重度失能）: severely impaired. */
  SEVERE("能力重度受损（重度失能）", "severely impaired"),
  /** 4 能力完全丧失（完全失能）: complete loss. */
  COMPLETE_LOSS("能力完全丧失（完全失能）", "complete loss of ability");

  private static final ElderAbilityLevel[] LEVELS = values();

  private final LocalizedText name;

  ElderAbilityLevel(String zh, String en) {
    this.name = LocalizedText.of(zh, en);
  }

  /**
   * Returns the level with the given number, capped at 4.
   *
   * @param number the number, 0 or more
   * @return the level, not null
   * @throws IllegalArgumentException if the number is negative
   */
  public static ElderAbilityLevel ofNumber(int number) {
    if (number < 0) {
      throw new IllegalArgumentException("level must be 0 or more: " + number);
    }
    return LEVELS[Math.min(number, 4)];
  }

  /**
   * Returns the number, 0 to 4.
   *
   * @return the number
   */
  public int number() {
    return ordinal();
  }

  /**
   * Returns the name.
   *
   * @return the name, not null
   */
  public LocalizedText displayName() {
    return name;
  }
}
