package org.communitygov.rules.needs.extremepoverty;

import java.util.EnumMap;
import java.util.Map;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.household.Disability;
import org.communitygov.model.household.DisabilityCategory;
import org.communitygov.rules.engine.ParameterKey;
import org.communitygov.rules.engine.ResolvedParameter;

/**
 * The parameters of the 特困 test, shipped in {@code org/communitygov/rules/parameters/
 * extreme-poverty.json}.
 *
 * @since 0.1.0
 */
public final class ExtremePovertyParameters {
  /** Under this age a minor has no work capacity: 16 from 2016 (C), 18 from 2021-07-01 (U). */
  public static final ParameterKey<Integer> MINOR_AGE_LIMIT =
      ParameterKey.integer("extremePoverty.minorAgeLimit");

  /** From this age a person has no work capacity: 60 (C). */
  public static final ParameterKey<Integer> ELDERLY_AGE =
      ParameterKey.integer("extremePoverty.elderlyAge");

  /**
   * The disabilities that mean no work capacity, as {@code CATEGORY:worstQualifyingGrade} codes
   * separated by commas: {@code INTELLECTUAL:2,MENTAL:2,PHYSICAL:1} from 2016 (C), wider from
   * 2021-07-01 (U).
   */
  public static final ParameterKey<String> QUALIFYING_DISABILITIES =
      ParameterKey.code("extremePoverty.qualifyingDisabilities");

  private ExtremePovertyParameters() {}

  /** The worst qualifying grade of each category on the parameter's list (grade 1 is worst). */
  static Map<DisabilityCategory, Integer> grades(ResolvedParameter<String> list) {
    Map<DisabilityCategory, Integer> grades = new EnumMap<>(DisabilityCategory.class);
    for (String entry : list.value().split(",")) {
      try {
        Disability worst = Disability.parse(entry.trim());
        grades.put(worst.category(), worst.grade());
      } catch (InvalidValueException e) {
        throw InvalidValueException.of(
            list.id(), "code", "each entry is CATEGORY:grade, such as INTELLECTUAL:2");
      }
    }
    return grades;
  }
}
