package org.communitygov.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hardened mappers read dates through {@link IsoDateDeserializer}, and it reads exactly what
 * {@code JavaTimeModule} alone reads: same dates, same failures. Random cases are seeded (the seed
 * is in each name; {@code -Dcommunitygov.seed=<seed>} reruns one).
 */
class IsoDateDeserializerTest {
  static final long SEED = Long.getLong("communitygov.seed", 20261123L);

  private final JsonMapper strict = CommunityGovMappers.strict();
  private final JsonMapper javaTimeOnly =
      JsonMapper.builder().addModule(new JavaTimeModule()).build();

  /** A property with its own format. */
  record DayFirst(@JsonFormat(pattern = "dd.MM.yyyy") LocalDate date) {}

  @Test
  void isTheDeserializerOfLocalDateInTheHardenedMappers() throws Exception {
    DeserializationContext ctxt =
        ((DefaultDeserializationContext) strict.getDeserializationContext())
            .createDummyInstance(strict.getDeserializationConfig());
    assertThat(ctxt.findRootValueDeserializer(strict.constructType(LocalDate.class)))
        .isInstanceOf(IsoDateDeserializer.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-02-29", "0000-01-01", "9999-12-31", "1968-07-02", "2026-03-10"})
  void readsIsoDates(String text) throws Exception {
    assertThat(read(strict, text))
        .isEqualTo(LocalDate.parse(text))
        .isEqualTo(read(javaTimeOnly, text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2023-02-29",
        "2024-13-01",
        "2024-00-10",
        "2024-04-31",
        "2024/01/01",
        "2024-1-01",
        "20240101",
        "+12024-01-01",
        " 2024-01-01",
        "2024-01-01T10:00",
        "２０２４-01-01"
      })
  void treatsEveryOtherTextAsJavaTimeModuleDoes(String text) {
    assertThat(outcome(strict, text)).isEqualTo(outcome(javaTimeOnly, text));
  }

  @Test
  void leavesAPropertyWithItsOwnFormatToThatFormat() throws Exception {
    assertThat(strict.readValue("{\"date\":\"03.05.2024\"}", DayFirst.class).date())
        .isEqualTo(LocalDate.of(2024, 5, 3));
  }

  @TestFactory
  Stream<DynamicTest> agreesWithJavaTimeModuleOnRandomText() {
    return LongStream.range(0, 20)
        .map(i -> SEED + i)
        .mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> check(seed)));
  }

  private void check(long seed) {
    Random random = new Random(seed);
    String odd = "-/ T+x９";
    for (int n = 0; n < 300; n++) {
      // A date of 2000-2039 with each character replaced, now and then, by an odd one.
      char[] text =
          String.format(
                  "%04d-%02d-%02d",
                  2000 + random.nextInt(40), 1 + random.nextInt(13), random.nextInt(33))
              .toCharArray();
      for (int i = 0; i < text.length; i++) {
        if (random.nextInt(30) == 0) {
          text[i] = odd.charAt(random.nextInt(odd.length()));
        }
      }
      String s = new String(text);
      assertThat(outcome(strict, s))
          .as("seed %d, text #%d \"%s\"", seed, n, s)
          .isEqualTo(outcome(javaTimeOnly, s));
    }
  }

  private static LocalDate read(JsonMapper mapper, String text) throws Exception {
    return mapper.readValue("\"" + text + "\"", LocalDate.class);
  }

  /** The date read, or the kind of failure. */
  private static Object outcome(JsonMapper mapper, String text) {
    try {
      return read(mapper, text);
    } catch (Exception e) {
      return e.getClass();
    }
  }
}
