package org.communitygov.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;

/**
 * Strings and integers that accept only their own JSON kind, failing with a message that names the
 * kind but not the value. Jackson's own refusals of a coercion ({@code Cannot coerce Integer value
 * (500103194103150222) to String}) quote the value.
 */
final class StrictScalars {
  private StrictScalars() {}

  /** A JSON string, never a number, boolean, array or object. */
  static final class Text extends StdScalarDeserializer<String> {
    private static final long serialVersionUID = 1L;

    Text() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.hasToken(JsonToken.VALUE_STRING)) {
        return p.getText();
      }
      throw ValueFreeMessages.wrongKind(p, String.class, p.currentToken());
    }
  }

  /** A JSON integer within the range of {@code int}, never a string, decimal or boolean. */
  static final class WholeNumber extends StdScalarDeserializer<Integer> {
    private static final long serialVersionUID = 1L;

    WholeNumber(Class<Integer> type) {
      super(type);
    }

    @Override
    public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
        if (p.getNumberType() == JsonParser.NumberType.INT) {
          return p.getIntValue();
        }
        throw MismatchedInputException.from(
            p, Integer.class, "The integer is out of the range of int (value not shown)");
      }
      throw ValueFreeMessages.wrongKind(p, Integer.class, p.currentToken());
    }
  }
}
