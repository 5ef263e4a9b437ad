package org.communitygov.api.exchange;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Optional;

/**
 * Checks one value (a record, or the envelope's issuer) against its model type and reports every
 * independent problem.
 *
 * <p>Fast path: bind the tree at once, then run Bean Validation on the result; a valid record costs
 * one bind and one validation. Slow path, only when that bind fails: {@link ValueWalker} walks the
 * tree guided by the type's {@link WireShape}, binding each leaf alone, so every bad leaf, every
 * missing or unknown property and every broken invariant of a nested object is reported. See {@code
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

  RecordCheck(Bindings bindings, IssueSink sink, ValidationMode mode) {
    this.bindings = bindings;
    this.sink = sink;
    this.constraints = new Constraints(bindings.validator(), sink);
    this.nullValue = mode == ValidationMode.STRICT ? Severity.ERROR : Severity.WARNING;
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
