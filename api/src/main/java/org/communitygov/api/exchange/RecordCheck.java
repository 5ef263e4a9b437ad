package org.communitygov.api.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
   * Checks a record copied as tokens: first its collection sizes ({@link SizeCheck}); an oversized
   * collection sends the record to the slow path, which skips it and binds nothing that holds it.
   * Otherwise binds straight from the tokens unless the copy saw a repeated name or a null member;
   * if that bind fails, or was skipped, reads the tokens into a tree (reporting repeated names) and
   * checks the tree.
   */
  Optional<Object> check(RecordTokens tokens, Class<?> type, Where where) {
    JavaType javaType = bindings.type(type);
    Set<String> oversized;
    try (JsonParser p = tokens.parser()) {
      oversized = sizes(p, type, where);
    } catch (IOException e) {
      throw new UncheckedIOException("reading buffered tokens cannot fail", e);
    }
    if (!oversized.isEmpty()) {
      return slowPath(tree(tokens, where), javaType, where, oversized);
    }
    if (!tokens.suspect()) {
      try (JsonParser p = tokens.parser()) {
        Object value = bindings.strictReader(javaType).readValue(p);
        constraints.validate(value, where, "");
        return Optional.of(value);
      } catch (IOException | RuntimeException e) {
        return slowPath(tree(tokens, where), javaType, where, Set.of());
      }
    }
    return checkSized(tree(tokens, where), javaType, where);
  }

  /**
   * The pointers of the oversized collections, reported; none if the value's tokens cannot be
   * walked (a copy cut short), which the bind then reports as before.
   */
  private Set<String> sizes(JsonParser p, Class<?> type, Where where) throws IOException {
    IssueSink found = new IssueSink(Integer.MAX_VALUE);
    Set<String> oversized;
    try {
      oversized =
          new SizeCheck(bindings, bindings.sizeLimits(type), found, where)
              .check(p, bindings.type(type));
    } catch (RuntimeException | IOException e) {
      return Set.of();
    }
    found.kept().forEach(sink::add);
    return oversized;
  }

  /**
   * The links of a checked record (ADR 0062): from its value if it was bound; else only the keys
   * its kind declares, read from its tokens, so that references to it are not reported as
   * unresolved.
   */
  Links links(RecordKind kind, Optional<Object> value, RecordTokens tokens) {
    LinkDeclaration declaration = LinkDeclaration.of(kind);
    if (declaration == LinkDeclaration.NONE) {
      return Links.NONE;
    }
    if (value.isPresent()) {
      return declaration.links(value.get());
    }
    JsonNode node;
    try (JsonParser p = tokens.parser()) {
      node = bindings.tolerantReader(bindings.type(JsonNode.class)).readTree(p);
    } catch (IOException | RuntimeException e) {
      return Links.NONE;
    }
    List<Links.Key> keys = new ArrayList<>();
    declaration.keyPointers().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            key -> {
              JsonNode id = node == null ? null : node.at(key.getKey());
              if (id != null && id.isTextual()) {
                keys.add(
                    new Links.Key(key.getValue(), id.asText(), key.getKey(), Links.Window.ALWAYS));
              }
            });
    return new Links(keys, List.of(), List.of());
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
   * that), else empty. Its collection sizes are checked first, as for a record's tokens.
   */
  Optional<Object> check(JsonNode node, Class<?> type, Where where) {
    JavaType javaType = bindings.type(type);
    Set<String> oversized;
    try (JsonParser p = node.traverse()) {
      oversized = sizes(p, type, where);
    } catch (IOException e) {
      throw new UncheckedIOException("reading a tree cannot fail", e);
    }
    return oversized.isEmpty()
        ? checkSized(node, javaType, where)
        : slowPath(node, javaType, where, oversized);
  }

  /** Checks a value whose collection sizes are within their limits. */
  private Optional<Object> checkSized(JsonNode node, JavaType javaType, Where where) {
    Object value;
    try {
      value = bindings.strictReader(javaType).readValue(node);
    } catch (IOException | RuntimeException e) {
      return slowPath(node, javaType, where, Set.of());
    }
    if (NullMembers.any(node)) {
      NullMembers.each(
          node, "", at -> sink.add(nullValue, where.code("value.null"), where, at, Args.of()));
    }
    constraints.validate(value, where, "");
    return Optional.of(value);
  }

  private Optional<Object> slowPath(
      JsonNode node, JavaType type, Where where, Set<String> oversized) {
    Object value =
        new ValueWalker(bindings, sink, constraints, where, nullValue, oversized)
            .walk(node, type, "");
    return value == ValueWalker.FAILED ? Optional.empty() : Optional.of(value);
  }
}
