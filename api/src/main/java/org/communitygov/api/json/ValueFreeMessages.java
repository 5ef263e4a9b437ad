package org.communitygov.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Replaces Jackson's messages for values of the wrong form, which quote the value ({@code Cannot
 * deserialize ... from String "500103194103150222"}), with messages that name the type and the JSON
 * kind only. The exception types stay Jackson's ({@link InvalidFormatException} for a string or
 * number of the wrong form, {@link MismatchedInputException} for a wrong JSON kind), with the
 * location and the path; {@link InvalidFormatException#getValue()} is left empty.
 */
final class ValueFreeMessages extends DeserializationProblemHandler {
  private final boolean libraryTypesOnly;

  /** For every type: the hardened mappers. */
  ValueFreeMessages() {
    this(false);
  }

  /**
   * @param libraryTypesOnly whether to handle failures of the library's types only, leaving a
   *     user's types Jackson's messages (the {@link CommunityGovModule} on a user's mapper)
   */
  ValueFreeMessages(boolean libraryTypesOnly) {
    this.libraryTypesOnly = libraryTypesOnly;
  }

  private boolean handles(@Nullable Class<?> type) {
    return !libraryTypesOnly || (type != null && LibraryTypes.owns(type));
  }

  @Override
  public Object handleWeirdStringValue(
      DeserializationContext ctxt, Class<?> targetType, String valueToConvert, String failureMsg)
      throws IOException {
    if (!handles(targetType)) {
      return NOT_HANDLED;
    }
    throw invalid(ctxt.getParser(), "a string", targetType);
  }

  @Override
  public Object handleWeirdNumberValue(
      DeserializationContext ctxt, Class<?> targetType, Number valueToConvert, String failureMsg)
      throws IOException {
    if (!handles(targetType)) {
      return NOT_HANDLED;
    }
    throw invalid(ctxt.getParser(), "a number", targetType);
  }

  @Override
  public Object handleWeirdKey(
      DeserializationContext ctxt, Class<?> rawKeyType, String keyValue, String failureMsg)
      throws IOException {
    if (!handles(rawKeyType)) {
      return NOT_HANDLED;
    }
    throw invalid(ctxt.getParser(), "a property name", rawKeyType);
  }

  @Override
  public Object handleMissingInstantiator(
      DeserializationContext ctxt,
      Class<?> instClass,
      ValueInstantiator valueInsts,
      JsonParser p,
      String msg)
      throws IOException {
    if (!handles(instClass)) {
      return NOT_HANDLED;
    }
    throw wrongKind(p, instClass, p.currentToken());
  }

  @Override
  public Object handleUnexpectedToken(
      DeserializationContext ctxt,
      JavaType targetType,
      JsonToken t,
      JsonParser p,
      String failureMsg)
      throws IOException {
    if (!handles(targetType.getRawClass())) {
      return NOT_HANDLED;
    }
    throw wrongKind(p, targetType.getRawClass(), t);
  }

  /**
   * The failure for a value of the wrong JSON kind ({@code Cannot read CitizenId from a JSON
   * number}), without the value; shared with {@link StrictScalars}.
   */
  static MismatchedInputException wrongKind(JsonParser p, Class<?> type, @Nullable JsonToken t) {
    return MismatchedInputException.from(
        p, type, "Cannot read " + type.getSimpleName() + " from " + kind(t) + " (value not shown)");
  }

  /**
   * The failure for a string or number of the wrong form ({@code Cannot read LocalDate from a
   * string of this form}), without the value; shared with {@link IsoLocalDateDeserializer}.
   */
  static InvalidFormatException invalid(JsonParser p, String what, @Nullable Class<?> target) {
    String type = target == null ? "the value" : target.getSimpleName();
    return InvalidFormatException.from(
        p,
        "Cannot read " + type + " from " + what + " of this form (value not shown)",
        null,
        target);
  }

  private static String kind(@Nullable JsonToken t) {
    if (t == null) {
      return "the end of the input";
    }
    return switch (t) {
      case VALUE_STRING -> "a JSON string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a JSON number";
      case VALUE_TRUE, VALUE_FALSE -> "a JSON boolean";
      case VALUE_NULL -> "JSON null";
      case START_ARRAY, END_ARRAY -> "a JSON array";
      case START_OBJECT, END_OBJECT, FIELD_NAME -> "a JSON object";
      default -> "JSON " + t.name();
    };
  }
}
