package org.communitygov.rules.engine;

import java.io.Serial;
import org.communitygov.model.common.CommunityGovException;

/**
 * Thrown when a parameter file cannot be read, or parameters cannot be combined: a malformed file
 * (code {@code parameter.file}) or an override that changes a parameter's type or unit (code {@code
 * parameter.conflict}).
 *
 * @since 0.1.0
 */
public final class ParameterFileException extends CommunityGovException {
  @Serial private static final long serialVersionUID = 1L;

  private ParameterFileException(String code, String message, Throwable cause) {
    super(code, message, cause);
  }

  static ParameterFileException invalid(String source, String message, Throwable cause) {
    return new ParameterFileException(
        "parameter.file", "parameter file " + source + ": " + message, cause);
  }

  static ParameterFileException invalid(String source, String message) {
    return invalid(source, message, new IllegalArgumentException(message));
  }

  static ParameterFileException conflict(String parameterId, String message) {
    return new ParameterFileException(
        "parameter.conflict",
        "parameter " + parameterId + ": " + message,
        new IllegalArgumentException(message));
  }
}
