package org.communitygov.rules.needs.barthel;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.rules.engine.LocalizedText;

/**
 * The ten items of the Barthel Index (Mahoney &amp; Barthel 1965) with their allowed scores; the
 * total is 0–100. CONFIRMED.
 *
 * @since 0.1.0
 */
public enum BarthelItem {
  /** 进食: feeding, 0/5/10. */
  FEEDING("feeding", "进食", "feeding", 0, 5, 10),
  /** 洗澡: bathing, 0/5. */
  BATHING("bathing", "洗澡", "bathing", 0, 5),
  /** 修饰: grooming, 0/5. */
  GROOMING("grooming", "修饰", "grooming", 0, 5),
  /** 穿衣: dressing, 0/5/10. */
  DRESSING("dressing", "穿衣", "dressing", 0, 5, 10),
  /** 大便控制: bowels, 0/5/10. */
  BOWELS("bowels", "大便控制", "bowels", 0, 5, 10),
  /** 小便控制: bladder, 0/5/10. */
  BLADDER("bladder", "小便控制", "bladder", 0, 5, 10),
  /** 如厕: toilet use, 0/5/10. */
  TOILET_USE("toiletUse", "如厕", "toilet use", 0, 5, 10),
  /** 床椅转移: transfers, 0/5/10/15. */
  TRANSFERS("transfers", "床椅转移", "transfers (bed to chair and back)", 0, 5, 10, 15),
  /** 平地行走: mobility on level surfaces (about 45 m), 0/5/10/15. */
  MOBILITY("mobility", "平地行走", "mobility on level surfaces", 0, 5, 10, 15),
  /** 上下楼梯: stairs, 0/5/10. */
  STAIRS("stairs", "上下楼梯", "stairs", 0, 5, 10);

  private final String code;
  private final LocalizedText name;
  private final List<Integer> allowed;

  BarthelItem(String code, String zh, String en, Integer... allowed) {
    this.code = code;
    this.name = LocalizedText.of(zh, en);
    this.allowed = List.of(allowed);
  }

  /**
   * Returns the item with the given code, if any.
   *
   * @param code the code, such as {@code bathing}, not null
   * @return the item, not null
   */
  public static Optional<BarthelItem> ofCode(String code) {
    return Arrays.stream(values()).filter(i -> i.code.equals(code)).findFirst();
  }

  /**
   * Returns the code, such as {@code toiletUse}.
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
   * Returns the allowed scores, ascending.
   *
   * @return the scores, not null
   */
  public List<Integer> allowedScores() {
    return allowed;
  }

  /**
   * Checks a score of this item.
   *
   * @param score the score
   * @return the score
   * @throws InvalidValueException if the score is not allowed, naming the item code and the allowed
   *     scores
   */
  public int check(int score) {
    if (!allowed.contains(score)) {
      throw InvalidValueException.of(
          code,
          "allowedScores",
          code
              + " ("
              + name.zh()
              + ") must be one of "
              + allowed.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }
    return score;
  }
}
