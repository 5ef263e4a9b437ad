package org.communitygov.api.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Checks one value (a record, or the envelope's issuer) against its model type and reports every
 * independent problem.
 *
 * <p>A record comes as tokens ({@link RecordTokens}), the envelope's issuer as a tree. Fast path:
 * bind at once, then run Bean Validation on the result; a valid record costs one bind and one
 * validation. Slow path, only when that bind fails: {@link ValueWalker} walks the tree guided by
 * the type's {@link WireShape}, binding each leaf alone, so every bad leaf, every missing or
 * unknown property and every broken invariant of a nested object is reported. See {@code
 * docs/adr/0012-every-problem-of-a-record.md}.
 *
 * <p>An optional property written as {@code null} binds as absent, and is reported either way
 * ({@code record.value.null}): an error in strict mode, a warning in lenient mode (ADR 0014).
 */
final class RecordCheck {
  private final Bindings bindings;
  private final IssueSink sink;
  private final Constraints constraints;
  private final Severity nullValue;
  private final TreeReader trees;

  RecordCheck(Bindings bindings, IssueSink sink, ValidationMode mode) {
    this.bindings = bindings;
    this.sink = sink;
    this.constraints = new Constraints(bindings.validator(), sink);
    this.nullValue = mode == ValidationMode.STRICT ? Severity.ERROR : Severity.WARNING;
    this.trees = new TreeReader(sink, Long.MAX_VALUE);
  }

  /**
   * Checks a record copied as tokens: binds straight from them unless the copy saw a repeated name
   * or a null member; if that bind fails, or was skipped, reads the tokens into a tree (reporting
   * repeated names) and checks the tree.
   */
  Optional<Object> check(RecordTokens tokens, Class<?> type, Where where) {
    if (tokens.numberBeyond().isPresent()) {
      sink.add(
          Severity.ERROR,
          "json.limit.exponent",
          where,
          tokens.numberBeyond().get(),
          Args.of("limit", NumberRange.MAX_EXPONENT));
      return Optional.empty();
    }
    JavaType javaType = bindings.type(type);
    if (!tokens.suspect()) {
      try (JsonParser p = tokens.parser()) {
        Object value = bindings.strictReader(javaType).readValue(p);
        constraints.validate(value, where, "");
        return Optional.of(value);
      } catch (IOException | RuntimeException e) {
        return slowPath(tree(tokens, where), javaType, where);
      }
    }
    return check(tree(tokens, where), type, where);
  }

  private JsonNode tree(RecordTokens tokens, Where where) {
    try (JsonParser p = tokens.parser()) {
      p.nextToken();
      return trees.read(p, where);
    } catch (IOException e) {
      throw new UncheckedIOException("reading buffered tokens cannot fail", e);
    }
  }

  /**
   * Checks a value; returns the bound value if it binds (Bean Validation violations do not prevent
   * that), else empty.
   */
  Optional<Object> check(JsonNode node, Class<?> type, Where where) {
    JavaType javaType = bindings.type(type);
    Object value;
    try {
      value = bindings.strictReader(javaType).readValue(node);
    } catch (IOException | RuntimeException e) {
      return slowPath(node, javaType, where);
    }
    if (NullMembers.any(node)) {
      NullMembers.each(
          node, "", at -> sink.add(nullValue, where.code("value.null"), where, at, Args.of()));
    }
    constraints.validate(value, where, "");
    return Optional.of(value);
  }

  private Optional<Object> slowPath(JsonNode node, JavaType type, Where where) {
    Object value =
        new ValueWalker(bindings, sink, constraints, where, nullValue).walk(node, type, "");
    return value == ValueWalker.FAILED ? Optional.empty() : Optional.of(value);
  }
}
