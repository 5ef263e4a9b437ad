package org.communitygov.rules.needs.elderability;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communitygov.model.common.InvalidValueException;

/**
 * The kind of mental diagnosis that raises an ability level: dementia (ICD-10 F00–F03) or another
 * mental and behavioural disorder diagnosed by a psychiatrist (F04–F99).
 *
 * @since 0.1.0
 */
public enum MentalDiagnosis {
  /** No such diagnosis. */
  NONE,
  /** 痴呆: ICD-10 F00–F03. */
  DEMENTIA,
  /** 精神科专科医生诊断的其他精神和行为障碍: ICD-10 F04–F99. */
  OTHER_MENTAL_DISORDER;

  private static final Pattern F_CODE = Pattern.compile("^F(\\d\\d)(\\.\\d{1,2})?$");

  /**
   * Classifies an ICD-10 code: F00–F03 dementia, F04–F99 other mental disorder, any other chapter
   * none.
   *
   * @param icd10 the code, such as {@code F01.1} or {@code I10}, not null
   * @return the kind, not null
   * @throws InvalidValueException if an F code is malformed
   */
  public static MentalDiagnosis ofIcd10(String icd10) {
    String code = Objects.requireNonNull(icd10, "icd10").trim().toUpperCase(java.util.Locale.ROOT);
    if (!code.startsWith("F")) {
      return NONE;
    }
    Matcher m = F_CODE.matcher(code);
    if (!m.matches()) {
      throw InvalidValueException.of("icd10", "format", "an F code is F00 to F99, e.g. F01.1");
    }
    return Integer.parseInt(m.group(1)) <= 3 ? DEMENTIA : OTHER_MENTAL_DISORDER;
  }

  /**
   * Tells whether the diagnosis raises the level.
   *
   * @return true for dementia and other mental disorders
   */
  public boolean raisesLevel() {
    return this != NONE;
  }
}
