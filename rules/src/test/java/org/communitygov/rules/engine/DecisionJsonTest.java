package org.communitygov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.communitygov.model.common.SensitiveCategory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Decisions and records as JSON against golden files. To write them again after a deliberate
 * change, run with {@code -Dgolden.update=true} from the module's folder, and review the diff.
 */
class DecisionJsonTest {
  static String golden(String name) throws IOException {
    try (InputStream in = DecisionJsonTest.class.getResourceAsStream(name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }

  @Nested
  class ADecision {
    @Test
    void matchesTheGoldenFileWithSensitiveFactsMasked() throws IOException {
      assertThat(DecisionJson.write(ExplanationRendererTest.notEligible()))
          .isEqualToNormalizingNewlines(
              goldenOrUpdate(
                  "decision-not-eligible.json",
                  DecisionJson.write(ExplanationRendererTest.notEligible())));
    }

    @Test
    void showsRevealedCategories() {
      assertThat(
              DecisionJson.write(
                  ExplanationRendererTest.notEligible(), EnumSet.of(SensitiveCategory.FINANCIAL)))
          .contains("\"value\" : \"812.00 CNY\"");
    }
  }

  @Nested
  class ARecord {
    @Test
    void matchesTheGoldenFile() throws IOException {
      // A fixed library version, so that the golden file pins the digests too.
      IncomeTestRule rule = DecisionRecordTest.RULE;
      var income = DecisionRecordTest.INCOME;
      var context = DecisionRecordTest.CONTEXT;
      String json =
          DecisionJson.write(
              DecisionRecord.of(rule, income, context, rule.evaluate(income, context), "0.1.0"));
      assertThat(json)
          .isEqualToNormalizingNewlines(goldenOrUpdate("record-not-eligible.json", json));
    }
  }

  /** The golden file, first written from {@code actual} when {@code golden.update} is set. */
  static String goldenOrUpdate(String name, String actual) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      java.nio.file.Path file =
          java.nio.file.Path.of("src/test/resources/org/communitygov/rules/engine", name);
      java.nio.file.Files.writeString(file, actual + "\n", StandardCharsets.UTF_8);
      return actual;
    }
    return golden(name);
  }
}
