package org.communitygov.api.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the {@link SizeLimits} of one record on its tokens, before it is bound: a collection
 * larger than its {@code @Size} maximum is reported as Bean Validation would report it ({@code
 * constraint.Size} at its pointer, with {@code min} and {@code max}), and its pointer is returned,
 * so that the record is not bound and the collection neither walked nor validated again. Counting
 * stops one past the maximum; the rest of an oversized collection is skipped unread. Subtrees that
 * hold no limit are skipped. Not thread-safe; one per record.
 */
final class SizeCheck {
  private final Bindings bindings;
  private final SizeLimits limits;
  private final IssueSink sink;
  private final Where where;
  private final Set<String> oversized = new LinkedHashSet<>();

  SizeCheck(Bindings bindings, SizeLimits limits, IssueSink sink, Where where) {
    this.bindings = bindings;
    this.limits = limits;
    this.sink = sink;
    this.where = where;
  }

  /**
   * Checks the value the parser's next token starts, reporting each oversized collection.
   *
   * @return the pointers, relative to the value, of the oversized collections; empty if none
   */
  Set<String> check(JsonParser p, JavaType type) throws IOException {
    if (!limits.reaches(type)) {
      return Set.of();
    }
    p.nextToken();
    value(p, type, "");
    return oversized;
  }

  private void value(JsonParser p, JavaType type, String pointer) throws IOException {
    JavaType t = type;
    while (t.getRawClass() == Optional.class) {
      t = t.containedTypeOrUnknown(0);
    }
    JsonToken token = p.currentToken();
    if (!limits.reaches(t)) {
      p.skipChildren();
    } else if (Collection.class.isAssignableFrom(t.getRawClass())
        && token == JsonToken.START_ARRAY) {
      for (int i = 0; more(p.nextToken(), JsonToken.END_ARRAY); i++) {
        value(p, t.getContentType(), pointer + Pointers.index(i));
      }
    } else if (token == JsonToken.START_OBJECT && bindings.shape(t.getRawClass()).isPresent()) {
      object(p, bindings.shape(t.getRawClass()).get(), pointer);
    } else {
      p.skipChildren();
    }
  }

  private void object(JsonParser p, WireShape shape, String pointer) throws IOException {
    Map<String, SizeLimits.Limit> own = limits.of(shape.modelType());
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken token = p.nextToken();
      if (token == null) {
        return;
      }
      WireShape.Property property = shape.properties().get(name);
      String at = pointer + Pointers.token(name);
      SizeLimits.Limit limit = own.get(name);
      if (property == null) {
        p.skipChildren();
      } else if (limit != null && token == JsonToken.START_ARRAY) {
        collection(p, property.type().getContentType(), limit, at);
      } else {
        value(p, property.type(), at);
      }
    }
  }

  /** Counts a limited collection's elements, walking each until the count passes the limit. */
  private void collection(JsonParser p, JavaType content, SizeLimits.Limit limit, String pointer)
      throws IOException {
    Set<String> seen = limit.distinct() ? new HashSet<>() : null;
    int size = 0;
    for (int i = 0; more(p.nextToken(), JsonToken.END_ARRAY); i++) {
      if (size > limit.max()) {
        p.skipChildren();
        continue;
      }
      if (seen == null) {
        size++;
      } else if (seen.add(p.currentToken().id() + ":" + p.getText())) {
        size = seen.size();
      }
      value(p, content, pointer + Pointers.index(i));
    }
    if (size > limit.max()) {
      sink.add(Severity.ERROR, limit.code(), where, pointer, limit.arguments());
      oversized.add(pointer);
    }
  }

  /** Whether a container goes on: neither its end nor the end of the (possibly cut) copy. */
  private static boolean more(JsonToken token, JsonToken end) {
    return token != null && token != end;
  }
}
