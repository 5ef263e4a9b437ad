package org.communitygov.rules.needs.elderability;

import java.util.OptionalInt;

/**
 * The grading of MZ/T 039-2013 (section 1.2 of the fact sheet): grades of 精神状态, 感知觉与沟通 and 社会参与,
 * and the final-level matrix. Pure functions.
 */
final class Mzt039Grades {
  private Mzt039Grades() {}

  /** 精神状态 grade from the sum of three items (0–6): 0 = 0, 1 = 1, 2 = 2–3, 3 = 4–6. */
  static int mental(int sum) {
    return sum == 0 ? 0 : sum == 1 ? 1 : sum <= 3 ? 2 : 3;
  }

  /** 社会参与 grade from the sum of five items (0–20): 0 = 0–2, 1 = 3–7, 2 = 8–13, 3 = 14–20. */
  static int social(int sum) {
    return sum <= 2 ? 0 : sum <= 7 ? 1 : sum <= 13 ? 2 : 3;
  }

  /** 感知觉与沟通 grade by the rules: consciousness 0 awake, 1 drowsy, 2 stupor, 3 coma. */
  static int sensory(int consciousness, int vision, int hearing, int communication) {
    if (consciousness >= 2 || vision == 4 || hearing == 4 || communication == 3) {
      return 3;
    }
    if (consciousness == 1 || vision == 3 || hearing == 3 || communication == 2) {
      return 2;
    }
    if (vision == 2 || hearing == 2 || communication == 1) {
      return 1;
    }
    return 0;
  }

  /**
   * The final-level matrix, checked from the most severe level down; empty where the transcribed
   * matrix gives no level (ADL 0 with only 社会参与 at 3; ADL 2 with all others 0; ADL 2 with all three
   * others at 1 or 2 but not all at 2).
   */
  static OptionalInt matrix(int adl, int mental, int sensory, int social) {
    boolean anyThree = mental == 3 || sensory == 3 || social == 3;
    boolean allTwo = mental == 2 && sensory == 2 && social == 2;
    int oneOrTwo = count12(mental) + count12(sensory) + count12(social);
    if (adl == 3 || (adl == 2 && (allTwo || anyThree))) {
      return OptionalInt.of(3);
    }
    if ((adl == 1 && (allTwo || anyThree)) || (adl == 2 && oneOrTwo >= 1 && oneOrTwo <= 2)) {
      return OptionalInt.of(2);
    }
    if ((adl == 0 && (mental >= 1 || sensory >= 1 || social == 2))
        || (adl == 1 && (mental <= 1 || sensory <= 1 || social <= 1))) {
      return OptionalInt.of(1);
    }
    if (adl == 0 && mental == 0 && sensory == 0 && social <= 1) {
      return OptionalInt.of(0);
    }
    return OptionalInt.empty();
  }

  private static int count12(int grade) {
    return grade == 1 || grade == 2 ? 1 : 0;
  }
}
