package org.communitygov.rules.needs.shared;

import java.util.Collection;
import java.util.StringJoiner;

/**
 * A fact value that lists items: joined into text only when an explanation is rendered.
 *
 * @param items the items, not null
 * @param separator between items, not null
 */
public record Joined(Collection<?> items, String separator) {
  @Override
  public String toString() {
    StringJoiner text = new StringJoiner(separator);
    items.forEach(i -> text.add(String.valueOf(i)));
    return text.toString();
  }
}
