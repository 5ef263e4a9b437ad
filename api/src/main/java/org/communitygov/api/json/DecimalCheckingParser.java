package org.communitygov.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * A parser that reads each decimal number as a {@code BigDecimal} the moment it is read, and fails
 * with a {@link NumberOutOfRangeException} that names no value where none can hold it: {@code
 * 1e2147483648}, whose exponent does not fit in an {@code int}, made Jackson throw a bare {@link
 * NumberFormatException} from wherever the number was later converted. Every way of advancing goes
 * through {@link #nextToken()}, so no decimal escapes the check; a skipped value is never converted
 * and not checked.
 */
final class DecimalCheckingParser extends JsonParserDelegate {
  DecimalCheckingParser(JsonParser parser) {
    super(parser);
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken token = delegate.nextToken();
    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      try {
        delegate.getDecimalValue();
      } catch (NumberFormatException e) {
        throw new NumberOutOfRangeException(this);
      }
    }
    return token;
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken token = nextToken();
    return token == JsonToken.FIELD_NAME ? nextToken() : token;
  }

  @Override
  public String nextFieldName() throws IOException {
    return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
  }

  @Override
  public boolean nextFieldName(SerializableString name) throws IOException {
    return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
  }

  @Override
  public String nextTextValue() throws IOException {
    return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
  }

  @Override
  public int nextIntValue(int defaultValue) throws IOException {
    return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
  }

  @Override
  public long nextLongValue(long defaultValue) throws IOException {
    return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
  }

  @Override
  public Boolean nextBooleanValue() throws IOException {
    JsonToken token = nextToken();
    return token == JsonToken.VALUE_TRUE
        ? Boolean.TRUE
        : token == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
  }
}
