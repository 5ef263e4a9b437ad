package org.communitygov.api.hsds;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.communitygov.api.exchange.Severity;

/**
 * A problem or a note of an HSDS import: a severity, a stable code, the RFC 6901 JSON Pointer of
 * the HSDS member in the imported document, arguments and an English message.
 *
 * <p>Errors ({@code hsds.member.required}, {@code hsds.value.type}, {@code hsds.value.format},
 * {@code hsds.value.enum}, {@code hsds.value.invalid}) mean the document is not valid HSDS or
 * breaks an invariant of the model; the import then gives no value. Notes ({@link Severity#INFO}:
 * {@code hsds.member.kept}, {@code hsds.value.kept}) name what the model could not hold and was
 * kept in {@code extensions}. Warnings ({@code hsds.value.assumed}) name a value the import
 * supplied. Messages never quote a value of the document.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param severity how serious it is, not null
 * @param code the stable code, not null
 * @param pointer where, as a JSON Pointer into the imported document, not null
 * @param arguments facts such as the expected type, never a value of the document, not null
 * @param message the English message, not null
 * @since 0.1.0
 */
public record HsdsIssue(
    Severity severity, String code, String pointer, Map<String, String> arguments, String message) {
  /**
   * Checks and copies the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public HsdsIssue {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
    arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
  }

  static HsdsIssue error(String code, String pointer, String message, Map<String, String> args) {
    return new HsdsIssue(Severity.ERROR, code, pointer, args, message);
  }

  static HsdsIssue note(String code, String pointer, String message) {
    return new HsdsIssue(Severity.INFO, code, pointer, Map.of(), message);
  }
}
