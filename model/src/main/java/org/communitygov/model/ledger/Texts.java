package org.communitygov.model.ledger;

import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;

/** Checks of the free texts of entries (memo, source, purpose). */
final class Texts {
  /** The longest free text of an entry, in chars. */
  static final int MAX_LENGTH = 500;

  private Texts() {}

  static void check(String attribute, String rule, Optional<String> text) {
    text.ifPresent(t -> check(attribute, rule, t));
  }

  static void check(String attribute, String rule, String text) {
    if (text.length() > MAX_LENGTH) {
      throw InvalidValueException.of(attribute, rule, "at most " + MAX_LENGTH + " characters");
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.isISOControl(text.charAt(i)) || Character.isSurrogate(text.charAt(i))) {
        throw InvalidValueException.of(
            attribute, rule, "no control characters and only characters of the Unicode BMP");
      }
    }
  }
}
