package org.communitygov.api.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * The bound on a number's exponent: a JSON number is read only if the exponent written after its
 * {@code e} lies within ±{@value #MAX_EXPONENT}. {@link java.math.BigDecimal} cannot hold an
 * exponent beyond the range of {@code int} ({@code 1e2147483648} fails to convert with a {@link
 * NumberFormatException}), and one inside it but huge ({@code 1e999999999}) costs memory and time
 * the moment it is written out plainly or turned into an integer. The number's length is bounded
 * separately ({@code json.limit.number}). See {@code docs/adr/0027-numbers-and-their-exponents.md}.
 */
final class NumberRange {
  /** The largest exponent, positive or negative, that a number may be written with. */
  static final int MAX_EXPONENT = 9999;

  private NumberRange() {}

  /** Whether the exponent of the number written by {@code text} is within the bound. */
  static boolean exponentWithin(String text) {
    int e = Math.max(text.indexOf('e'), text.indexOf('E'));
    if (e < 0) {
      return true;
    }
    int at = e + 1;
    if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
      at++;
    }
    while (at < text.length() - 1 && text.charAt(at) == '0') {
      at++;
    }
    String digits = text.substring(at);
    return digits.length() <= 4 && Integer.parseInt(digits) <= MAX_EXPONENT;
  }

  /**
   * Whether the parser's current token is a number beyond the bound. Only reads the number's text,
   * never converts it.
   */
  static boolean beyond(JsonParser p) throws IOException {
    return p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT && !exponentWithin(p.getText());
  }

  /** The JSON Pointer of the parser's current token, relative to the value {@link #base} gave. */
  static String pointer(JsonParser p, String base) {
    return p.getParsingContext().pathAsPointer().toString().substring(base.length());
  }

  /** The JSON Pointer of the value whose first token is the parser's current token. */
  static String base(JsonParser p) {
    JsonStreamContext context = p.getParsingContext();
    if (p.currentToken() != null
        && p.currentToken().isStructStart()
        && context.getParent() != null) {
      context = context.getParent();
    }
    return context.pathAsPointer().toString();
  }
}
