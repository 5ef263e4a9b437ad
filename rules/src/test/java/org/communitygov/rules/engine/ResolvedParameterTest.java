package org.communitygov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Equality of {@link ResolvedParameter}: two resolutions are equal only when every part a decision
 * record keeps of them is (the parameter, the date asked for, where the value was found, the value
 * with its date, confidence and reference, and the definition's type and unit).
 */
class ResolvedParameterTest {
  static final LocalDate ON = LocalDate.of(2024, 1, 1);
  static final String FILE = ParameterFilesTest.VALID;

  static ResolvedParameter<?> resolve(String file, String jurisdiction, LocalDate date) {
    return ParameterSetTest.load(file)
        .resolve(ParameterKey.integer("a.b"), Jurisdiction.parse(jurisdiction), date);
  }

  static ResolvedParameter<?> resolve(String file) {
    return resolve(file, "national", ON);
  }

  @Nested
  class Equality {
    @Test
    void holdsForTwoResolutionsOfTheSameValueOnTheSameDate() {
      ResolvedParameter<?> one = resolve(FILE);
      assertThat(one).isEqualTo(resolve(FILE)).hasSameHashCodeAs(resolve(FILE));
      // Asked for in a division without a value of its own: found in the same place.
      assertThat(resolve(FILE, "500103", ON)).isEqualTo(one);
    }

    @Test
    void failsForAnotherDate() {
      assertThat(resolve(FILE, "national", ON.plusDays(1))).isNotEqualTo(resolve(FILE));
    }

    @Test
    void failsForTheSameValueFoundInAnotherPlace() {
      String local =
          FILE.replace("}]}]}", "}, " + value("500000", "2020-01-01", "16", "文件") + "]}]}");
      ResolvedParameter<?> national = resolve(local, "110000", ON);
      ResolvedParameter<?> chongqing = resolve(local, "500000", ON);
      assertThat(national.value()).isEqualTo(chongqing.value());
      assertThat(chongqing).isNotEqualTo(national);
    }

    @Test
    void failsForAnotherValueOrReference() {
      assertThat(resolve(FILE.replace("\"value\": 16", "\"value\": 17")))
          .isNotEqualTo(resolve(FILE));
      assertThat(resolve(FILE.replace("\"文件\"", "\"另一文件\""))).isNotEqualTo(resolve(FILE));
    }

    @Test
    void failsForAnotherParameterOrUnit() {
      String other = FILE.replace("\"a.b\"", "\"a.c\"");
      ResolvedParameter<?> c =
          ParameterSetTest.load(other)
              .resolve(ParameterKey.integer("a.c"), Jurisdiction.national(), ON);
      assertThat(c).isNotEqualTo(resolve(FILE));
      assertThat(resolve(FILE.replace("\"years\"", "\"months\""))).isNotEqualTo(resolve(FILE));
    }
  }

  @Test
  void saysItsValueWhereAndFromWhenItHolds() {
    assertThat(resolve(FILE)).hasToString("a.b = 16 (national, from 2020-01-01, CONFIRMED)");
  }

  static String value(String jurisdiction, String from, String value, String document) {
    return "{\"jurisdiction\": \""
        + jurisdiction
        + "\", \"effectiveFrom\": \""
        + from
        + "\", \"value\": "
        + value
        + ", \"confidence\": \"CONFIRMED\", \"reference\": {\"document\": {\"zh\": \""
        + document
        + "\", \"en\": \"document\"}}}";
  }
}
