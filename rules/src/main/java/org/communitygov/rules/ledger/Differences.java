package org.communitygov.rules.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.TreeSet;
import org.communitygov.model.ledger.Entry;

/** Finds the first field, in the canonical order, in which two entries with one key differ. */
final class Differences {
  private Differences() {}

  /**
   * The first member of the canonical form whose value differs, in snake case ({@code
   * booking_date}), or empty if the entries are the same; {@code kind} if their kinds differ.
   */
  static Optional<String> firstField(Entry prior, Entry entry) {
    String a = EntryCodec.toJson(prior);
    String b = EntryCodec.toJson(entry);
    if (a.equals(b)) {
      return Optional.empty();
    }
    if (prior.entryKind() != entry.entryKind()) {
      return Optional.of("kind");
    }
    try {
      JsonNode x = JsonFields.JSON.readTree(a);
      JsonNode y = JsonFields.JSON.readTree(b);
      TreeSet<String> names = new TreeSet<>();
      x.fieldNames().forEachRemaining(names::add);
      y.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        if (!String.valueOf(x.get(name)).equals(String.valueOf(y.get(name)))) {
          return Optional.of(snakeCase(name));
        }
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the canonical form is JSON", e);
    }
    throw new IllegalStateException("two canonical forms differ in no member");
  }

  static String snakeCase(String name) {
    StringBuilder out = new StringBuilder();
    for (char c : name.toCharArray()) {
      if (Character.isUpperCase(c)) {
        out.append('_').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
