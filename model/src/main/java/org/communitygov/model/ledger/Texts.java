package org.communitygov.model.ledger;

import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;

/** Checks of the free texts of entries (memo, source, purpose). */
final class Texts {
  /** The longest free text of an entry, in chars. */
  static final int MAX_LENGTH = 500;

  private Texts() {}

  static void check(String attribute, String rule, Optional<String> text) {
    if (text.isPresent()) {
      check(attribute, rule, text.get());
    }
  }

  static void check(String attribute, String rule, String text) {
    int length = text.length();
    if (length > MAX_LENGTH) {
      throw InvalidValueException.of(attribute, rule, "at most " + MAX_LENGTH + " characters");
    }
    for (int i = 0; i < length; i++) {
      if (isRefused(text.charAt(i))) {
        throw InvalidValueException.of(
            attribute, rule, "no control characters and only characters of the Unicode BMP");
      }
    }
  }

  /**
   * Whether a char is refused: {@link Character#isISOControl} (U+0000 to U+001F, U+007F to U+009F)
   * or {@link Character#isSurrogate} (U+D800 to U+DFFF), in one test for the chars of most texts
   * (below U+007F and at least U+0020).
   */
  static boolean isRefused(char c) {
    return c < 0x20 || (c >= 0x7F && (c <= 0x9F || (c >= 0xD800 && c <= 0xDFFF)));
  }
}
