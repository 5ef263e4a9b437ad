package org.communitygov.rules.needs.elderability;

import java.util.Arrays;
import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.rules.engine.LocalizedText;

/**
 * The 26 secondary items (二级指标) of GB/T 42195-2022 Annex B, with their codes, names and maxima.
 *
 * <p>Higher scores mean better ability; every item is scored from 0 to its maximum. Items, codes
 * and maxima are PARTLY_CONFIRMED (two public transcriptions of Annex B agree).
 *
 * @since 0.1.0
 */
public enum ElderAbilityItem {
  /** B.1.1 进食: eating, 0–4. */
  EATING("B.1.1", "进食", "eating", 4, ElderAbilityDimension.SELF_CARE),
  /** B.1.2 修饰: grooming, 0–4. */
  GROOMING("B.1.2", "修饰", "grooming", 4, ElderAbilityDimension.SELF_CARE),
  /** B.1.3 洗澡: bathing, 0–4. */
  BATHING("B.1.3", "洗澡", "bathing", 4, ElderAbilityDimension.SELF_CARE),
  /** B.1.4 穿/脱上衣: putting on and taking off upper garments, 0–4. */
  DRESSING_UPPER(
      "B.1.4",
      "穿/脱上衣",
      "putting on and taking off upper garments",
      4,
      ElderAbilityDimension.SELF_CARE),
  /** B.1.5 穿/脱裤子和鞋袜: putting on and taking off trousers, shoes and socks, 0–4. */
  DRESSING_LOWER(
      "B.1.5",
      "穿/脱裤子和鞋袜",
      "putting on and taking off trousers, shoes and socks",
      4,
      ElderAbilityDimension.SELF_CARE),
  /** B.1.6 小便控制: bladder control, 0–4. */
  BLADDER("B.1.6", "小便控制", "bladder control", 4, ElderAbilityDimension.SELF_CARE),
  /** B.1.7 大便控制: bowel control, 0–4. */
  BOWELS("B.1.7", "大便控制", "bowel control", 4, ElderAbilityDimension.SELF_CARE),
  /** B.1.8 如厕: toilet use, 0–4. */
  TOILET_USE("B.1.8", "如厕", "toilet use", 4, ElderAbilityDimension.SELF_CARE),
  /** B.2.1 床上体位转移: changing position in bed, 0–4. */
  BED_MOBILITY(
      "B.2.1", "床上体位转移", "changing position in bed", 4, ElderAbilityDimension.BASIC_MOBILITY),
  /** B.2.2 床椅转移: bed–chair transfer, 0–4. */
  BED_CHAIR_TRANSFER(
      "B.2.2", "床椅转移", "bed–chair transfer", 4, ElderAbilityDimension.BASIC_MOBILITY),
  /** B.2.3 平地行走: walking on level ground (about 50 m), 0–4. */
  WALKING(
      "B.2.3",
      "平地行走",
      "walking on level ground (about 50 m)",
      4,
      ElderAbilityDimension.BASIC_MOBILITY),
  /** B.2.4 上下楼梯: going up and down stairs (10–15 steps), 0–3. */
  STAIRS(
      "B.2.4",
      "上下楼梯",
      "going up and down stairs (10–15 steps)",
      3,
      ElderAbilityDimension.BASIC_MOBILITY),
  /** B.3.1 时间定向: orientation to time, 0–4. */
  TIME_ORIENTATION("B.3.1", "时间定向", "orientation to time", 4, ElderAbilityDimension.MENTAL_STATE),
  /** B.3.2 空间定向: orientation to place, 0–4. */
  PLACE_ORIENTATION("B.3.2", "空间定向", "orientation to place", 4, ElderAbilityDimension.MENTAL_STATE),
  /** B.3.3 人物定向: orientation to persons, 0–4. */
  PERSON_ORIENTATION(
      "B.3.3", "人物定向", "orientation to persons", 4, ElderAbilityDimension.MENTAL_STATE),
  /** B.3.4 记忆: memory, 0–4. */
  MEMORY("B.3.4", "记忆", "memory", 4, ElderAbilityDimension.MENTAL_STATE),
  /** B.3.5 理解能力: understanding, 0–4. */
  UNDERSTANDING("B.3.5", "理解能力", "understanding", 4, ElderAbilityDimension.MENTAL_STATE),
  /** B.3.6 表达能力: expression, 0–4. */
  EXPRESSION("B.3.6", "表达能力", "expression", 4, ElderAbilityDimension.MENTAL_STATE),
  /** B.3.7 攻击行为: aggressive behaviour (1 = none in the last month), 0–1. */
  AGGRESSION(
      "B.3.7",
      "攻击行为",
      "aggressive behaviour (1 = none in the last month)",
      1,
      ElderAbilityDimension.MENTAL_STATE),
  /** B.3.8 抑郁症状: depressive symptoms (1 = none in the last month), 0–1. */
  DEPRESSION(
      "B.3.8",
      "抑郁症状",
      "depressive symptoms (1 = none in the last month)",
      1,
      ElderAbilityDimension.MENTAL_STATE),
  /** B.3.9 意识水平: level of consciousness, 0–2. */
  CONSCIOUSNESS("B.3.9", "意识水平", "level of consciousness", 2, ElderAbilityDimension.MENTAL_STATE),
  /** B.4.1 视力: vision, 0–2. */
  VISION("B.4.1", "视力", "vision", 2, ElderAbilityDimension.PERCEPTION_AND_SOCIAL),
  /** B.4.2 听力: hearing, 0–2. */
  HEARING("B.4.2", "听力", "hearing", 2, ElderAbilityDimension.PERCEPTION_AND_SOCIAL),
  /** B.4.3 执行日常事务: carrying out daily affairs, 0–4. */
  DAILY_AFFAIRS(
      "B.4.3",
      "执行日常事务",
      "carrying out daily affairs",
      4,
      ElderAbilityDimension.PERCEPTION_AND_SOCIAL),
  /** B.4.4 使用交通工具外出: going out by transport, 0–3. */
  TRANSPORT(
      "B.4.4",
      "使用交通工具外出",
      "going out by transport",
      3,
      ElderAbilityDimension.PERCEPTION_AND_SOCIAL),
  /** B.4.5 社会交往能力: social interaction, 0–4. */
  SOCIAL_INTERACTION(
      "B.4.5", "社会交往能力", "social interaction", 4, ElderAbilityDimension.PERCEPTION_AND_SOCIAL);

  private final String code;
  private final LocalizedText name;
  private final int max;
  private final ElderAbilityDimension dimension;

  ElderAbilityItem(String code, String zh, String en, int max, ElderAbilityDimension dimension) {
    this.code = code;
    this.name = LocalizedText.of(zh, en);
    this.max = max;
    this.dimension = dimension;
  }

  /**
   * Returns the item with the given Annex B code, if any.
   *
   * @param code the code, such as {@code B.1.1}, not null
   * @return the item, not null
   */
  public static Optional<ElderAbilityItem> ofCode(String code) {
    return Arrays.stream(values()).filter(i -> i.code.equals(code)).findFirst();
  }

  /**
   * Returns the Annex B code, such as {@code B.1.1}.
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
   * Returns the dimension the item belongs to.
   *
   * @return the dimension, not null
   */
  public ElderAbilityDimension dimension() {
    return dimension;
  }

  /**
   * Checks a score of this item.
   *
   * @param score the score
   * @return the score
   * @throws InvalidValueException if the score is not from 0 to {@link #max()}, naming the item
   *     code and the allowed values
   */
  public int check(int score) {
    return ItemScores.check(code, name, max, score);
  }
}
