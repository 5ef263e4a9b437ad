package org.communitygov.rules.needs.shared;

import org.communitygov.rules.engine.Step;
import org.jspecify.annotations.Nullable;

/**
 * Tables of steps that depend only on a context's parameters and a small number (a total, a level,
 * a count), each made the first time its number is seen and shared afterwards, as {@link
 * SharedFacts} shares facts: a step is immutable. Two threads may make the same step at once; each
 * copy is right, and a step's fields are final, so a table can be read without a lock.
 */
public final class SharedSteps {
  private SharedSteps() {}

  /** The step shared at a number, or null if it is not made yet or past the table. */
  public static @Nullable Step get(Step[] table, int number) {
    return number >= 0 && number < table.length ? table[number] : null;
  }

  /** Shares a step at a number if the table has room for it; returns the step. */
  public static Step put(Step[] table, int number, Step step) {
    if (number >= 0 && number < table.length) {
      table[number] = step;
    }
    return step;
  }
}
