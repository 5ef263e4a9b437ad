package org.communitygov.api.exchange;

import java.util.LinkedHashMap;
import java.util.Map;

/** Named message arguments, in placeholder order. */
final class Args {
  private Args() {}

  static Map<String, String> of() {
    return Map.of();
  }

  static Map<String, String> of(String name, Object value) {
    return Map.of(name, String.valueOf(value));
  }

  static Map<String, String> of(String name1, Object value1, String name2, Object value2) {
    Map<String, String> args = new LinkedHashMap<>();
    args.put(name1, String.valueOf(value1));
    args.put(name2, String.valueOf(value2));
    return args;
  }
}
