package org.communitygov.rules.needs;

import org.communitygov.rules.common.Fact;

/**
 * Facts that are the same for many decisions (small counts, levels, raises), made once and shared:
 * a fact is immutable, and explanations are built on the hot path of every rule.
 */
final class SharedFacts {
  static final Fact[] COUNTED_MEMBERS = table("countedMembers", 10);
  static final Fact[] HOUSEHOLD_SIZE = table("householdSize", 10);
  static final Fact[] INCOME_ITEMS_COUNTED = table("incomeItemsCounted", 10);
  static final Fact[] MEMBERS_UNDER_ELDERLY_AGE = table("membersUnderElderlyAge", 1);
  static final Fact[] LEVEL_RAISE = table("levelRaise", 3);
  static final Fact[] INITIAL_LEVEL = table("initialLevel", 5);
  static final Fact[] LEVEL = table("level", 5);
  static final Fact[] LEVEL_BEFORE_CAP = table("levelBeforeCap", 7);
  static final Fact[] TOP_LEVEL = table("topLevel", 5);

  private SharedFacts() {}

  /** The facts {@code name = 0} to {@code name = count - 1}. */
  private static Fact[] table(String name, int count) {
    Fact[] facts = new Fact[count];
    for (int i = 0; i < count; i++) {
      facts[i] = Fact.of(name, i);
    }
    return facts;
  }

  /** The fact {@code name = value} of a table's name: the shared one when the value is small. */
  static Fact of(Fact[] table, int value) {
    return value >= 0 && value < table.length ? table[value] : Fact.of(table[0].name(), value);
  }
}
