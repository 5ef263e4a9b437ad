package org.communitygov.api.exchange;

/** RFC 6901 JSON Pointer tokens. */
final class Pointers {
  private Pointers() {}

  /** Returns {@code /token} with {@code ~} and {@code /} escaped. */
  static String token(String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return "/" + name;
    }
    return "/" + name.replace("~", "~0").replace("/", "~1");
  }

  static String index(long index) {
    return "/" + index;
  }
}
