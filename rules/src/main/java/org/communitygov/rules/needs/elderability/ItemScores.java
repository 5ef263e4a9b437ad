package org.communitygov.rules.needs.elderability;

import org.communitygov.model.common.InvalidValueException;
import org.communitygov.rules.engine.LocalizedText;

/** The score check shared by the items of the ability instruments scored from 0 to a maximum. */
final class ItemScores {
  private ItemScores() {}

  /**
   * Returns {@code score} if it lies from 0 to {@code max}.
   *
   * @throws InvalidValueException {@code <code>.allowedScores}, naming the item and the range
   */
  static int check(String code, LocalizedText name, int max, int score) {
    if (score < 0 || score > max) {
      throw InvalidValueException.of(
          code, "allowedScores", code + " (" + name.zh() + ") is scored 0 to " + max);
    }
    return score;
  }
}
