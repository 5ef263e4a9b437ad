package org.communitygov.api.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Finds the object members whose value is JSON {@code null}: for a value that bound, these are
 * optional properties written as {@code null} instead of being left out ({@code
 * record.value.null}). A first pass only tells whether there is any, without building a pointer;
 * the second, run only then, gives their pointers.
 */
final class NullMembers {
  private NullMembers() {}

  /** Whether any object member in the tree is null. */
  static boolean any(JsonNode node) {
    if (!node.isContainerNode()) {
      return false;
    }
    for (JsonNode child : node) {
      if ((child.isNull() && node.isObject()) || any(child)) {
        return true;
      }
    }
    return false;
  }

  /** Tells each null member's pointer, relative to the tree's root, in document order. */
  static void each(JsonNode node, String pointer, Consumer<String> found) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        String at = pointer + Pointers.token(member.getKey());
        if (member.getValue().isNull()) {
          found.accept(at);
        } else {
          each(member.getValue(), at, found);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        each(node.get(i), pointer + Pointers.index(i), found);
      }
    }
  }
}
