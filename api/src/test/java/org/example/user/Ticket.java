package org.example.user;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A user's own class, outside the {@code org.communitygov} packages: the communitygov Jackson
 * module must leave it as the mapper would handle it without the module.
 */
public final class Ticket {
  /** A code, given as a string or, coerced by a default mapper, as a number. */
  public String code = "";

  /** A count. */
  public int count;

  /** A date, written as the mapper's settings say. */
  public LocalDate opened = LocalDate.of(2026, 1, 2);

  /** An absent value, written as the mapper's settings say. */
  public Optional<String> note = Optional.empty();
}
