package org.communitygov.rules.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.DecisionJson;
import org.communitygov.rules.engine.ExplanationRenderer;
import org.communitygov.rules.engine.Rule;
import org.communitygov.rules.engine.RuleContext;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The whole explanation of every rule case — the decision as JSON with everything revealed, and the
 * text in Chinese (masked) and English (revealed) — equals its golden file under {@code
 * src/test/resources/golden/explanations/}. The rule cases check key steps; this checks every fact,
 * parameter, comparison and citation of every step, so that a change in how steps are made (ADR
 * 0022) cannot change what they say unnoticed.
 *
 * <p>After a deliberate change of an explanation, rewrite the files with {@code ./mvnw -pl rules
 * test -Dtest=ExplanationsGoldenTest -Dgolden.update=true} (from the module's folder they are
 * written under {@code src/test/resources}) and review the diff.
 */
class ExplanationsGoldenTest {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  @TestFactory
  Stream<DynamicTest> everyCaseExplainsItselfAsItsGoldenFileSays()
      throws IOException, URISyntaxException {
    Path folder = Path.of(ExplanationsGoldenTest.class.getResource("/cases").toURI());
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> paths = Files.list(folder)) {
      for (Path file : paths.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        ObjectNode actual = explanations(JSON.readTree(file.toFile()));
        if (actual.isEmpty()) {
          continue;
        }
        String name = file.getFileName().toString();
        tests.add(DynamicTest.dynamicTest(name, () -> compare(name, actual)));
      }
    }
    assertThat(tests).hasSizeGreaterThanOrEqualTo(6);
    return tests.stream();
  }

  /** Each decided case of a file by name: its JSON and texts. */
  private static ObjectNode explanations(JsonNode root) {
    ObjectNode all = JSON.createObjectNode();
    for (JsonNode node : root.required("cases")) {
      RuleCase c = RuleCase.of(node);
      if (c.parameter() != null || c.expectedError() != null) {
        continue;
      }
      Rule<?, ?> rule = RuleCasesTest.RULES.get(c.rule());
      Decision<?> d =
          RuleCasesTest.evaluate(
              rule, c.input(), RuleContext.of(c.parameters(), c.jurisdiction(), c.date()));
      assertThat(all.has(c.name())).as("two cases named %s", c.name()).isFalse();
      ObjectNode one = all.putObject(c.name());
      one.set("revealed", read(DecisionJson.write(d, EnumSet.allOf(SensitiveCategory.class))));
      one.put("zh", ExplanationRenderer.of(Locale.SIMPLIFIED_CHINESE).render(d));
      one.put(
          "en",
          ExplanationRenderer.of(Locale.ENGLISH).revealing(SensitiveCategory.values()).render(d));
    }
    return all;
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void compare(String name, ObjectNode actual) throws IOException {
    Path golden = Path.of("src/test/resources/golden/explanations", name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, JSON.writeValueAsString(actual) + "\n", StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file of %s (see the class comment to make it)", name).exists();
    JsonNode expected = JSON.readTree(golden.toFile());
    assertThat(actual.size()).isEqualTo(expected.size());
    actual
        .fields()
        .forEachRemaining(
            e ->
                assertThat(e.getValue())
                    .as("the explanation of case %s", e.getKey())
                    .isEqualTo(expected.get(e.getKey())));
  }
}
