package org.communitygov.api.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;

/**
 * The failure of a hardened mapper ({@link CommunityGovMappers}) to read a decimal number that no
 * {@link java.math.BigDecimal} can hold, such as {@code 1e2147483648}. Its message gives the
 * location, never the number. A mapper that binds an object wraps it, with the path, in a {@link
 * com.fasterxml.jackson.databind.JsonMappingException}.
 *
 * @since 0.1.0
 */
public final class NumberOutOfRangeException extends JsonParseException {
  private static final long serialVersionUID = 1L;

  NumberOutOfRangeException(JsonParser parser) {
    super(parser, "Number out of range: its exponent does not fit a decimal (BigDecimal)");
  }
}
