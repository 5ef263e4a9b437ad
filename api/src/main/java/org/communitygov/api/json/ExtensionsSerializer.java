package org.communitygov.api.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.communitygov.model.common.Extensions;

/**
 * Writes {@link Extensions} member by member, whatever the mapper's inclusion settings.
 *
 * <p>The hardened mappers omit empty values ({@code NON_EMPTY}); through the default map serializer
 * that also dropped an empty object, array or string nested inside an extension, so local additions
 * did not survive a read–write round trip. Extensions hold only strings, booleans, integers,
 * decimals, lists and string-keyed maps ({@link Extensions#of}), so they are written directly.
 */
final class ExtensionsSerializer extends StdSerializer<Extensions> {
  private static final long serialVersionUID = 1L;

  ExtensionsSerializer() {
    super(Extensions.class);
  }

  @Override
  public boolean isEmpty(SerializerProvider provider, Extensions value) {
    return value.isEmpty();
  }

  @Override
  public void serialize(Extensions value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    write(value.asMap(), gen);
  }

  private static void write(Object value, JsonGenerator gen) throws IOException {
    if (value instanceof String s) {
      gen.writeString(s);
    } else if (value instanceof Boolean b) {
      gen.writeBoolean(b);
    } else if (value instanceof Integer i) {
      gen.writeNumber(i);
    } else if (value instanceof Long l) {
      gen.writeNumber(l);
    } else if (value instanceof BigInteger bi) {
      gen.writeNumber(bi);
    } else if (value instanceof BigDecimal bd) {
      gen.writeNumber(bd);
    } else if (value instanceof List<?> list) {
      gen.writeStartArray(list, list.size());
      for (Object element : list) {
        write(element, gen);
      }
      gen.writeEndArray();
    } else if (value instanceof Map<?, ?> map) {
      gen.writeStartObject(map, map.size());
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        gen.writeFieldName((String) entry.getKey());
        write(entry.getValue(), gen);
      }
      gen.writeEndObject();
    } else {
      // Unreachable: Extensions.of admits no other type.
      throw new IllegalStateException("extensions: unexpected " + value.getClass().getName());
    }
  }
}
