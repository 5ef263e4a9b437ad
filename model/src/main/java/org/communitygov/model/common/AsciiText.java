package org.communitygov.model.common;

/**
 * Syntax checks of ASCII text written as plain loops: amounts are read by the dozen in every
 * household, and a regular expression's {@code Matcher} per value was a noticeable part of the cost
 * of binding them (docs/performance.md).
 */
final class AsciiText {
  private AsciiText() {}

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Tells whether every character is one of {@code A}–{@code Z}. */
  static boolean isUpperCaseLetters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  /** Tells whether the text is a plain decimal: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?}. */
  static boolean isPlainDecimal(String text) {
    int length = text.length();
    int i = length > 0 && text.charAt(0) == '-' ? 1 : 0;
    int integerStart = i;
    while (i < length && isDigit(text.charAt(i))) {
      i++;
    }
    int integerDigits = i - integerStart;
    if (integerDigits == 0 || (integerDigits > 1 && text.charAt(integerStart) == '0')) {
      return false;
    }
    if (i == length) {
      return true;
    }
    if (text.charAt(i) != '.' || i + 1 == length) {
      return false;
    }
    for (i++; i < length; i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
