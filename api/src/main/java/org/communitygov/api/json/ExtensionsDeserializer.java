package org.communitygov.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communitygov.model.common.Extensions;
import org.communitygov.model.common.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@link Extensions} token by token: a decimal as {@code BigDecimal} whatever the mapper's
 * settings. Through Jackson's untyped deserializer a plain mapper read a decimal as a {@code
 * Double}, which extensions refuse (binary floating point does not round-trip), so a document with
 * a decimal extension could not be read with a user's own mapper. What extensions refuse ({@code
 * null}, a bad namespace, too deep) fails as from their creator.
 */
final class ExtensionsDeserializer extends StdDeserializer<Extensions> {
  private static final long serialVersionUID = 1L;

  ExtensionsDeserializer() {
    super(Extensions.class);
  }

  @Override
  public Extensions deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.hasToken(JsonToken.START_OBJECT)) {
      return (Extensions) ctxt.handleUnexpectedToken(Extensions.class, p);
    }
    Map<String, @Nullable Object> members = members(p, ctxt);
    try {
      return Extensions.of(members);
    } catch (InvalidValueException e) {
      return (Extensions) ctxt.handleInstantiationProblem(Extensions.class, members, e);
    }
  }

  /** The members of the object whose START_OBJECT is the current token. */
  private static Map<String, @Nullable Object> members(JsonParser p, DeserializationContext ctxt)
      throws IOException {
    Map<String, @Nullable Object> members = new LinkedHashMap<>();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      members.put(name, value(p, ctxt));
    }
    return members;
  }

  private static @Nullable Object value(JsonParser p, DeserializationContext ctxt)
      throws IOException {
    JsonToken token = p.currentToken();
    return switch (token) {
      case VALUE_STRING -> p.getText();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NUMBER_INT -> p.getNumberValue();
      case VALUE_NUMBER_FLOAT -> p.getDecimalValue();
      case VALUE_NULL -> null;
      case START_OBJECT -> members(p, ctxt);
      case START_ARRAY -> {
        List<@Nullable Object> elements = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          elements.add(value(p, ctxt));
        }
        yield elements;
      }
      default -> ctxt.handleUnexpectedToken(Object.class, p);
    };
  }
}
