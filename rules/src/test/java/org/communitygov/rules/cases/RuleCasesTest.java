package org.communitygov.rules.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.communitygov.model.common.CommunityGovException;
import org.communitygov.model.common.SensitiveCategory;
import org.communitygov.rules.engine.Catalogue;
import org.communitygov.rules.engine.CatalogueEntry;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.ExplanationRenderer;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.Facts;
import org.communitygov.rules.engine.Outcome;
import org.communitygov.rules.engine.Rule;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.communitygov.rules.needs.priority.PriorityGroup;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule case under {@code src/test/resources/cases/} (format in docs/rules.md).
 *
 * <p>The rules are those of the {@link Catalogue}: a new rule's cases run once its entry is there.
 */
class RuleCasesTest {
  /** The rules the cases may name, by id: those of the catalogue. */
  static final Map<String, Rule<?, ?>> RULES =
      Catalogue.shipped().entries().stream()
          .collect(Collectors.toMap(CatalogueEntry::id, CatalogueEntry::rule));

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  @TestFactory
  Stream<DynamicNode> everyCaseFileHoldsAndThereAreEnoughCases()
      throws IOException, URISyntaxException {
    Path folder = Path.of(RuleCasesTest.class.getResource("/cases").toURI());
    List<DynamicNode> files = new ArrayList<>();
    int[] count = {0};
    try (Stream<Path> paths = Files.list(folder)) {
      for (Path file : paths.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode root = JSON.readTree(file.toFile());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : root.required("cases")) {
          count[0]++;
          tests.add(
              DynamicTest.dynamicTest(c.required("name").asText(), () -> run(RuleCase.of(c))));
        }
        files.add(DynamicContainer.dynamicContainer(file.getFileName().toString(), tests));
      }
    }
    files.add(
        DynamicTest.dynamicTest(
            "there are at least 60 cases", () -> assertThat(count[0]).isGreaterThanOrEqualTo(60)));
    return files.stream();
  }

  private static void run(RuleCase c) {
    if (c.parameter() != null) {
      ParameterCases.run(c);
      return;
    }
    Rule<?, ?> rule = RULES.get(c.rule());
    assertThat(rule).as("rule %s has an entry in the catalogue", c.rule()).isNotNull();
    RuleContext context = RuleContext.of(c.parameters(), c.jurisdiction(), c.date());
    if (c.expectedError() != null) {
      assertThatThrownBy(() -> evaluate(rule, c.input(), context))
          .isInstanceOf(CommunityGovException.class)
          .extracting(e -> ((CommunityGovException) e).code())
          .isEqualTo(c.expectedError());
      return;
    }
    Decision<?> decision = evaluate(rule, c.input(), context);
    JsonNode expected = c.expected();
    assertThat(decision.status().name()).isEqualTo(expected.path("status").asText("DETERMINED"));
    if (expected.has("outcome")) {
      assertThat(decision.outcomeOrThrow().code()).isEqualTo(expected.get("outcome").asText());
    }
    expected
        .path("details")
        .fields()
        .forEachRemaining(
            e ->
                assertThat(decision.outcomeOrThrow().details())
                    .containsEntry(e.getKey(), e.getValue().asText()));
    if (expected.has("missingFacts")) {
      List<String> missing = new ArrayList<>();
      expected.get("missingFacts").forEach(n -> missing.add(n.asText()));
      assertThat(decision.missingFacts()).containsExactlyElementsOf(missing);
    }
    assertTheSensitiveFactsAreMarked(decision);
    assertTheDecisiveStepAgreesWithTheOutcome(decision);
    List<String> stepIds = decision.explanation().steps().stream().map(Step::id).toList();
    expected.path("steps").forEach(s -> assertThat(stepIds).contains(s.asText()));
    String zh = text(decision, Locale.SIMPLIFIED_CHINESE);
    String en = text(decision, Locale.ENGLISH);
    expected
        .path("explanationContains")
        .path("zh")
        .forEach(s -> assertThat(zh).contains(s.asText()));
    expected
        .path("explanationContains")
        .path("en")
        .forEach(s -> assertThat(en).contains(s.asText()));
  }

  /** Facts that are health data wherever a rule uses them (levels of an assessment). */
  static final java.util.Set<String> HEALTH_FACTS =
      java.util.Set.of("level", "initialLevel", "levelRaise", "levelBeforeCap", "category");

  /**
   * Every level of an assessment is health data; a group that tells a disability or an assistance
   * is sensitive with its group's category, and a list of groups is sensitive.
   */
  private static void assertTheSensitiveFactsAreMarked(Decision<?> decision) {
    for (Step step : decision.explanation().steps()) {
      List<Fact> facts = new ArrayList<>(step.facts());
      step.result().ifPresent(facts::add);
      step.comparison()
          .ifPresent(
              c -> {
                c.left().fact().ifPresent(facts::add);
                c.right().fact().ifPresent(facts::add);
              });
      for (Fact f : facts) {
        String where = step.id() + ": " + f.name();
        if (HEALTH_FACTS.contains(f.name())) {
          assertThat(f.sensitivity()).as(where).contains(SensitiveCategory.HEALTH);
        }
        if (f.name().equals("groups")) {
          assertThat(f.sensitivity()).as(where).isPresent();
        }
        if (f.name().equals("group")) {
          assertThat(f.sensitivity())
              .as(where)
              .isEqualTo(PriorityGroup.valueOf(f.value()).sensitivity());
          assertThat(step.sensitivity())
              .as("%s: a step made only for a sensitive group is itself sensitive", step.id())
              .isEqualTo(f.sensitivity());
        }
      }
    }
  }

  /**
   * The decisive step of a determined decision is one of its steps; the comparison it shows (the
   * one the summary line prints) holds; its result agrees with the outcome: the same value as the
   * outcome's detail of that name, and for an eligibility decided by a condition ({@code
   * noWorkCapacity}, …) {@code true} when eligible and {@code false} when not.
   */
  private static void assertTheDecisiveStepAgreesWithTheOutcome(Decision<?> decision) {
    if (decision.outcome().isEmpty()) {
      return;
    }
    Outcome outcome = decision.outcomeOrThrow();
    Step decisive = decision.explanation().decisiveStep().orElse(null);
    assertThat(decisive).as("a determined decision names its decisive step").isNotNull();
    assertThat(decision.explanation().steps()).contains(decisive);
    decisive
        .comparison()
        .ifPresent(
            c ->
                assertThat(c.result())
                    .as("%s: the decisive comparison holds", decisive.id())
                    .isTrue());
    decisive
        .result()
        .ifPresent(
            r -> {
              String detail = outcome.details().get(r.name());
              if (detail != null) {
                assertThat(r.value()).as("%s: %s", decisive.id(), r.name()).isEqualTo(detail);
              }
              boolean bool = r.value().equals("true") || r.value().equals("false");
              if (bool && outcome.code().equals("ELIGIBLE")) {
                assertThat(r.value())
                    .as("%s: eligible because it holds", decisive.id())
                    .isEqualTo("true");
              }
              if (bool && outcome.code().equals("NOT_ELIGIBLE")) {
                assertThat(r.value())
                    .as("%s: not eligible because it fails", decisive.id())
                    .isEqualTo("false");
              }
            });
  }

  /** A scalar as its text; an object or array (a household, a list of ids) as JSON. */
  private static String text(JsonNode value) {
    return value.isContainerNode() ? value.toString() : value.asText();
  }

  private static String text(Decision<?> decision, Locale locale) {
    return ExplanationRenderer.of(locale).revealing(SensitiveCategory.values()).render(decision);
  }

  static <I, O extends Outcome> Decision<O> evaluate(
      Rule<I, O> rule, Facts facts, RuleContext context) {
    return rule.evaluate(rule.input(facts), context);
  }

  static Facts facts(JsonNode input) {
    List<Fact> facts = new ArrayList<>();
    input.fields().forEachRemaining(e -> facts.add(Fact.of(e.getKey(), text(e.getValue()))));
    return Facts.of(facts);
  }
}
