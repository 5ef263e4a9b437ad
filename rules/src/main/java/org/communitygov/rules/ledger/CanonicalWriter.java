package org.communitygov.rules.ledger;

import java.nio.charset.StandardCharsets;

/**
 * Writes canonical JSON (RFC 8785 for the values entries have): no white space, members in the
 * order the caller gives (which must be the sorted order of their names), strings with only the
 * escapes JSON requires.
 */
final class CanonicalWriter {
  private final StringBuilder out = new StringBuilder(256);
  private boolean first = true;

  CanonicalWriter begin() {
    out.append('{');
    first = true;
    return this;
  }

  CanonicalWriter end() {
    out.append('}');
    first = false;
    return this;
  }

  CanonicalWriter name(String name) {
    if (!first) {
      out.append(',');
    }
    first = false;
    string(name);
    out.append(':');
    return this;
  }

  CanonicalWriter field(String name, String value) {
    name(name);
    string(value);
    return this;
  }

  CanonicalWriter field(String name, long value) {
    name(name);
    out.append(value);
    return this;
  }

  CanonicalWriter raw(String name, String json) {
    name(name);
    out.append(json);
    return this;
  }

  CanonicalWriter beginArray(String name) {
    name(name);
    out.append('[');
    first = true;
    return this;
  }

  CanonicalWriter endArray() {
    out.append(']');
    first = false;
    return this;
  }

  /** Starts an object as an element of the open array. */
  CanonicalWriter beginElement() {
    if (!first) {
      out.append(',');
    }
    return begin();
  }

  CanonicalWriter element(String value) {
    if (!first) {
      out.append(',');
    }
    first = false;
    string(value);
    return this;
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  String text() {
    return out.toString();
  }

  byte[] bytes() {
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
