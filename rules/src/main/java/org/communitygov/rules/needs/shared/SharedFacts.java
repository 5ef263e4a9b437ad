package org.communitygov.rules.needs.shared;

import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.rules.engine.Fact;
import org.jspecify.annotations.Nullable;

/**
 * Facts that are the same for many decisions (small counts, levels, raises), made once and shared:
 * a fact is immutable, and explanations are built on the hot path of every rule. Levels of an
 * assessment are health data: their shared facts are sensitive ({@link SensitiveCategory#HEALTH}).
 */
public final class SharedFacts {
  public static final Fact[] HOUSEHOLD_SIZE = table("householdSize", 10);
  public static final Fact[] MEMBERS_UNDER_ELDERLY_AGE = table("membersUnderElderlyAge", 1);
  public static final Fact[] LEVEL_RAISE = table("levelRaise", 3, SensitiveCategory.HEALTH);
  public static final Fact[] INITIAL_LEVEL = table("initialLevel", 5, SensitiveCategory.HEALTH);
  public static final Fact[] LEVEL = table("level", 5, SensitiveCategory.HEALTH);
  public static final Fact[] LEVEL_BEFORE_CAP =
      table("levelBeforeCap", 7, SensitiveCategory.HEALTH);
  public static final Fact[] TOP_LEVEL = table("topLevel", 5);
  // Every GB/T 42195 total (0 to 90) is one of these.
  public static final Fact[] TOTAL = table("total", 91, SensitiveCategory.HEALTH);

  private SharedFacts() {}

  /** The facts {@code name = 0} to {@code name = count - 1}, not sensitive. */
  private static Fact[] table(String name, int count) {
    return table(name, count, null);
  }

  /** The facts {@code name = 0} to {@code name = count - 1}, sensitive if a category is given. */
  private static Fact[] table(String name, int count, @Nullable SensitiveCategory category) {
    Fact[] facts = new Fact[count];
    for (int i = 0; i < count; i++) {
      facts[i] = fact(name, i, category);
    }
    return facts;
  }

  private static Fact fact(String name, int value, @Nullable SensitiveCategory category) {
    return category == null ? Fact.of(name, value) : Fact.sensitive(name, value, category);
  }

  /**
   * The fact {@code name = value} of a table's name and sensitivity: the shared one when the value
   * is small.
   */
  public static Fact of(Fact[] table, int value) {
    return value >= 0 && value < table.length
        ? table[value]
        : fact(table[0].name(), value, table[0].sensitivity().orElse(null));
  }
}
