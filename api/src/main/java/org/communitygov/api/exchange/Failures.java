package org.communitygov.api.exchange;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.service.OrderTransitionException;

/**
 * Turns a failed bind into an issue. Never reads the exception's message, which may quote the
 * input: only its type, its target type and, for the model's own failures, the stable code of
 * {@link InvalidValueException}.
 */
final class Failures {
  private Failures() {}

  static void wrongType(IssueSink sink, Where where, String pointer, String expected) {
    sink.add(
        Severity.ERROR, where.code("value.type"), where, pointer, Args.of("expected", expected));
  }

  /** A leaf failed to bind: a model format rule, an enum, a date format or a JSON type. */
  static void leaf(
      IssueSink sink, Where where, String pointer, JsonNode node, JavaType type, Exception e) {
    Optional<InvalidValueException> model = modelCause(e);
    Class<?> raw = type.getRawClass();
    if (model.isPresent()) {
      sink.add(
          Severity.ERROR, "value." + model.get().code(), where, pointer, modelArgs(model.get()));
    } else if (e instanceof MismatchedInputException && !jsonType(node).equals(jsonType(raw))) {
      wrongType(sink, where, pointer, jsonType(raw));
    } else if (raw.isEnum() && e instanceof InvalidFormatException) {
      sink.add(
          Severity.ERROR,
          where.code("value.enum"),
          where,
          pointer,
          Args.of("allowed", allowed(raw)));
    } else if (Temporal.class.isAssignableFrom(raw) && e instanceof InvalidFormatException) {
      sink.add(
          Severity.ERROR,
          where.code("value.format"),
          where,
          pointer,
          Args.of("format", temporalFormat(raw)));
    } else {
      sink.add(
          Severity.ERROR,
          where.code("value.invalid"),
          where,
          pointer,
          Args.of("type", raw.getSimpleName()));
    }
  }

  /** An object's own bind failed although each of its properties bound: an invariant. */
  static void invariant(
      IssueSink sink,
      Where where,
      String pointer,
      WireShape shape,
      Exception e,
      Set<String> alreadyReported) {
    Optional<InvalidValueException> model = modelCause(e);
    Optional<OrderTransitionException> refused = cause(e, OrderTransitionException.class);
    if (model.isEmpty() && refused.isPresent()) {
      transition(sink, where, pointer, refused.get());
      return;
    }
    if (model.isEmpty()) {
      sink.add(
          Severity.ERROR,
          where.code("invalid"),
          where,
          pointer,
          Args.of("type", shape.modelType().getSimpleName()));
      return;
    }
    String attribute = model.get().attribute();
    String at =
        model
            .get()
            .pointer()
            .map(element -> pointer + element)
            .orElseGet(
                () ->
                    shape.properties().containsKey(attribute)
                        ? pointer + Pointers.token(attribute)
                        : pointer);
    if (alreadyReported.contains(at)) {
      return;
    }
    sink.add(Severity.ERROR, "invariant." + model.get().code(), where, at, modelArgs(model.get()));
  }

  /**
   * A service order's history holds a move its state machine refuses: the code names the rule, the
   * arguments both statuses, the pointer the refused event.
   */
  private static void transition(
      IssueSink sink, Where where, String pointer, OrderTransitionException e) {
    String code = e.code();
    Map<String, String> args =
        new LinkedHashMap<>(
            Args.of(
                "attribute",
                code.substring(0, code.indexOf('.')),
                "rule",
                code.substring(code.indexOf('.') + 1)));
    e.from().ifPresent(from -> args.put("from", from.name()));
    args.put("to", e.to().name());
    String at = pointer + "/events" + (e.event().isPresent() ? "/" + e.event().getAsInt() : "");
    sink.add(Severity.ERROR, "invariant." + code, where, at, args);
  }

  private static Map<String, String> modelArgs(InvalidValueException e) {
    String code = e.code();
    Map<String, String> args =
        new LinkedHashMap<>(
            Args.of("attribute", e.attribute(), "rule", code.substring(code.indexOf('.') + 1)));
    args.putAll(e.arguments());
    return args;
  }

  static Optional<InvalidValueException> modelCause(Throwable e) {
    return cause(e, InvalidValueException.class);
  }

  /** The first exception of a type in a chain of causes. */
  static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }

  static String allowed(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants())
        .map(c -> ((Enum<?>) c).name())
        .collect(Collectors.joining(", "));
  }

  private static String temporalFormat(Class<?> raw) {
    if (raw == java.time.LocalDate.class) {
      return "date";
    }
    return raw == java.time.LocalTime.class ? "time" : "date-time";
  }

  /** The JSON type of a node, named as {@link #jsonType(Class)} names expected types. */
  static String jsonType(JsonNode node) {
    if (node.isObject()) {
      return "object";
    }
    if (node.isArray()) {
      return "array";
    }
    if (node.isIntegralNumber()) {
      return "integer";
    }
    if (node.isNumber()) {
      return "number";
    }
    return node.isBoolean() ? "boolean" : "string";
  }

  static String jsonType(Class<?> raw) {
    if (raw == int.class
        || raw == Integer.class
        || raw == long.class
        || raw == Long.class
        || raw == BigInteger.class
        || raw == OptionalInt.class
        || raw == OptionalLong.class) {
      return "integer";
    }
    if (raw == BigDecimal.class || Number.class.isAssignableFrom(raw)) {
      return "number";
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return "boolean";
    }
    if (hasObjectCreator(raw)) {
      return "object";
    }
    return "string";
  }

  /** The leaf types written as JSON objects; every other leaf is written as a string. */
  private static boolean hasObjectCreator(Class<?> raw) {
    return raw == org.communitygov.model.common.Money.class
        || raw == org.communitygov.model.common.DateRange.class
        || raw == org.communitygov.model.common.Extensions.class
        || Map.class.isAssignableFrom(raw);
  }
}
