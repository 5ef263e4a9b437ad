package org.communitygov.api.exchange;

/**
 * Where issues found while checking one value go: the pointer prefix of the value, the record index
 * and the line, the code scope ({@code record} or {@code envelope}) and the severity of an unknown
 * property there.
 */
final class Where {
  private final String prefix;
  private final long record;
  private final long line;
  private final String scope;
  private final Severity unknownProperty;

  Where(String prefix, long record, long line, String scope, Severity unknownProperty) {
    this.prefix = prefix;
    this.record = record;
    this.line = line;
    this.scope = scope;
    this.unknownProperty = unknownProperty;
  }

  String pointer(String relative) {
    return prefix + relative;
  }

  long record() {
    return record;
  }

  long line() {
    return line;
  }

  /**
   * The code in this scope: {@code code("property.unknown")} is {@code record.property.unknown}.
   */
  String code(String suffix) {
    return scope + "." + suffix;
  }

  Severity unknownProperty() {
    return unknownProperty;
  }
}
