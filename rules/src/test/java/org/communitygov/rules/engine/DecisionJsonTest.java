package org.communitygov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.communitygov.model.common.SensitiveCategory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

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
          .isEqualToNormalizingNewlines(golden("decision-not-eligible.json"));
    }

    @Test
    void showsRevealedCategories() {
      assertThat(
              DecisionJson.write(
                  ExplanationRendererTest.notEligible(), EnumSet.of(SensitiveCategory.FINANCIAL)))
          .contains("\"value\" : \"812.00\"");
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
      assertThat(json).isEqualToNormalizingNewlines(golden("record-not-eligible.json"));
    }
  }
}
