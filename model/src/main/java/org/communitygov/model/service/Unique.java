package org.communitygov.model.service;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communitygov.model.common.InvalidValueException;

/** The check that a list names each element once, shared by the service types' invariants. */
final class Unique {
  private Unique() {}

  /**
   * Throws {@code attribute.duplicate} with the pointer of the first repeated element.
   *
   * @param attribute the list's JSON name
   * @param elements the elements, compared by {@code equals}
   */
  static void check(String attribute, List<?> elements) {
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < elements.size(); i++) {
      if (!seen.add(elements.get(i))) {
        throw InvalidValueException.of(
            attribute,
            "duplicate",
            "an element is listed once",
            "/" + attribute + "/" + i,
            Map.of("element", String.valueOf(elements.get(i))));
      }
    }
  }
}
