package org.communitygov.rules.needs.elderability;

import org.communitygov.model.common.InvalidValueException;
import org.communitygov.rules.engine.LocalizedText;

/**
 * The items of MZ/T 039-2013 besides its ADL (which is the Barthel Index): 精神状态 (higher is worse),
 * 感知觉与沟通 and 社会参与, with their score ranges. PARTLY_CONFIRMED.
 *
 * @since 0.1.0
 */
public enum Mzt039Item {
  /** 认知功能: cognition, 0–2, higher is worse. */
  COGNITION("cognition", "认知功能", "cognition", 2, Dimension.MENTAL),
  /** 攻击行为: aggression, 0–2, higher is worse. */
  AGGRESSION("aggression", "攻击行为", "aggressive behaviour", 2, Dimension.MENTAL),
  /** 抑郁症状: depression, 0–2, higher is worse. */
  DEPRESSION("depression", "抑郁症状", "depressive symptoms", 2, Dimension.MENTAL),
  /** 意识水平: 0 清醒 awake, 1 嗜睡 drowsy, 2 昏睡 stupor, 3 昏迷 coma. */
  CONSCIOUSNESS("consciousness", "意识水平", "level of consciousness", 3, Dimension.SENSORY),
  /** 视力: vision, 0–4. */
  VISION("vision", "视力", "vision", 4, Dimension.SENSORY),
  /** 听力: hearing, 0–4. */
  HEARING("hearing", "听力", "hearing", 4, Dimension.SENSORY),
  /** 沟通交流: communication, 0–3. */
  COMMUNICATION("communication", "沟通交流", "communication", 3, Dimension.SENSORY),
  /** 生活能力: living ability, 0–4. */
  LIVING_ABILITY("livingAbility", "生活能力", "living ability", 4, Dimension.SOCIAL),
  /** 工作能力: work ability, 0–4. */
  WORK_ABILITY("workAbility", "工作能力", "work ability", 4, Dimension.SOCIAL),
  /** 时间/空间定向: orientation to time and place, 0–4. */
  TIME_SPACE_ORIENTATION(
      "timeSpaceOrientation", "时间/空间定向", "orientation to time and place", 4, Dimension.SOCIAL),
  /** 人物定向: orientation to persons, 0–4. */
  PERSON_ORIENTATION("personOrientation", "人物定向", "orientation to persons", 4, Dimension.SOCIAL),
  /** 社会交往能力: social interaction, 0–4. */
  SOCIAL_INTERACTION("socialInteraction", "社会交往能力", "social interaction", 4, Dimension.SOCIAL);

  /** The dimension of MZ/T 039-2013 an item belongs to. */
  public enum Dimension {
    /** 精神状态: mental state. */
    MENTAL,
    /** 感知觉与沟通: perception and communication. */
    SENSORY,
    /** 社会参与: social participation. */
    SOCIAL
  }

  private final String code;
  private final LocalizedText name;
  private final int max;
  private final Dimension dimension;

  Mzt039Item(String code, String zh, String en, int max, Dimension dimension) {
    this.code = code;
    this.name = LocalizedText.of(zh, en);
    this.max = max;
    this.dimension = dimension;
  }

  /**
   * Returns the code, such as {@code cognition}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Returns the name.
   *
   * @return the name, not null
   */
  public LocalizedText displayName() {
    return name;
  }

  /**
   * Returns the highest score.
   *
   * @return the maximum
   */
  public int max() {
    return max;
  }

  /**
   * Returns the dimension.
   *
   * @return the dimension, not null
   */
  public Dimension dimension() {
    return dimension;
  }

  /**
   * Checks a score of this item.
   *
   * @param score the score
   * @return the score
   * @throws InvalidValueException if the score is not from 0 to {@link #max()}, naming the item
   */
  public int check(int score) {
    return ItemScores.check(code, name, max, score);
  }
}
