package org.communitygov.rules.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communitygov.model.common.CurrencyMismatchException;
import org.communitygov.model.common.Money;
import org.communitygov.rules.engine.Catalogue;
import org.communitygov.rules.engine.CatalogueEntry;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.ExplanationRenderer;
import org.communitygov.rules.engine.Jurisdiction;
import org.communitygov.rules.engine.MissingParameterException;
import org.communitygov.rules.engine.ParameterSet;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.engine.Step;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/rules.md ("a city adds its own subsidy"): the files the document shows
 * are the files the build compiles and runs, and the rule found through the catalogue decides as
 * the document says.
 */
class CitySubsidyExampleTest {
  static final Pattern BLOCK =
      Pattern.compile("<!-- file: (\\S+) -->\\n```[a-z]*\\n(.*?)\\n```", Pattern.DOTALL);

  static String doc;

  @BeforeAll
  static void readTheDocument() throws IOException {
    doc = Files.readString(Path.of("..", "docs", "rules.md"), StandardCharsets.UTF_8);
  }

  static Map<String, String> blocks() {
    Map<String, String> blocks = new LinkedHashMap<>();
    Matcher m = BLOCK.matcher(doc);
    while (m.find()) {
      blocks.put(m.group(1), m.group(2));
    }
    return blocks;
  }

  static RuleContext jinan(LocalDate date) {
    return RuleContext.of(ParameterSet.defaults(), Jurisdiction.parse("370102"), date);
  }

  @SuppressWarnings("unchecked") // the entry's rule is the meal subsidy, checked below
  static MealSubsidy rule() {
    CatalogueEntry entry = Catalogue.shipped().find("meal-subsidy").orElseThrow();
    assertThat(entry.rule()).isInstanceOf(MealSubsidy.class);
    return (MealSubsidy) entry.rule();
  }

  static MealSubsidy.Input input(String birthDate, String income) {
    return ImmutableInput.builder()
        .birthDate(LocalDate.parse(birthDate))
        .monthlyIncome(Money.parse(income))
        .build();
  }

  @Nested
  class TheDocument {
    @Test
    void showsFiveFilesInFivePlaces() {
      assertThat(blocks().keySet())
          .containsExactly(
              "rules/src/test/java/org/communitygov/rules/example/MealSubsidy.java",
              "rules/src/test/resources/org/communitygov/rules/example/meal-subsidy.json",
              "rules/src/test/resources/org/communitygov/rules/example/messages.properties",
              "rules/src/test/resources/org/communitygov/rules/example/messages_zh.properties",
              "rules/src/test/resources/cases/meal-subsidy.json",
              "rules/src/test/resources/META-INF/services/"
                  + "org.communitygov.rules.engine.Catalogue$Source");
      assertThat(doc).contains("It takes **five places**");
    }

    @Test
    void showsEachFileAsTheBuildHasIt() throws IOException {
      for (Map.Entry<String, String> block : blocks().entrySet()) {
        String file = Files.readString(Path.of("..", block.getKey()), StandardCharsets.UTF_8);
        assertThat(block.getValue())
            .as("docs/rules.md shows %s as it is (copy the file into the document)", block.getKey())
            .isEqualTo(file.stripTrailing());
      }
    }
  }

  @Nested
  class TheRule {
    @Test
    void isFoundByTheCatalogueWithItsParametersAndTexts() {
      Decision<MealSubsidy.Result> d =
          rule().evaluate(input("1947-03-01", "1999.99 CNY"), jinan(LocalDate.of(2027, 3, 1)));

      assertThat(d.outcomeOrThrow().monthlyAmount()).contains(Money.parse("100.00 CNY"));
      String en =
          ExplanationRenderer.of(Locale.ENGLISH)
              .revealing(org.communitygov.model.common.SensitiveCategory.values())
              .render(d);
      String summary = en.lines().findFirst().orElseThrow();
      assertThat(doc).contains("```\n" + summary + "\n```");
      assertThat(d.explanation().steps())
          .extracting(Step::id)
          .containsExactly("example.meal.age", "example.meal.income", "example.meal.amount");
    }

    @Test
    void decidesFromTheStepItShows() {
      Decision<MealSubsidy.Result> atLimit =
          rule().evaluate(input("1940-01-01", "2000.00 CNY"), jinan(LocalDate.of(2027, 3, 1)));

      Step decisive = atLimit.explanation().decisiveStep().orElseThrow();
      assertThat(decisive.id()).isEqualTo("example.meal.income");
      assertThat(decisive.holds()).isFalse();
      assertThat(atLimit.outcomeOrThrow().monthlyAmount()).isEmpty();
    }

    @Test
    void resolvesItsParametersOncePerContext() {
      RuleContext context = jinan(LocalDate.of(2027, 3, 1));
      rule().evaluate(input("1947-03-01", "10.00 CNY"), context);

      MealSubsidy.Parameters p = context.parameters(MealSubsidy.Parameters.class);
      assertThat(context.parameters(MealSubsidy.Parameters.class)).isSameAs(p);
      assertThat(p.maxIncome().value()).isEqualTo(Money.parse("2000.00 CNY"));
    }

    @Test
    void refusesIncomeInAnotherCurrencyAndAPlaceOrDateWithoutTheSubsidy() {
      MealSubsidy rule = rule();
      assertThatThrownBy(
              () ->
                  rule.evaluate(input("1940-01-01", "10.00 USD"), jinan(LocalDate.of(2027, 3, 1))))
          .isInstanceOf(CurrencyMismatchException.class);
      assertThatThrownBy(
              () ->
                  rule.evaluate(
                      input("1940-01-01", "10.00 CNY"), jinan(LocalDate.of(2026, 12, 31))))
          .isInstanceOf(MissingParameterException.class);
      RuleContext chongqing =
          RuleContext.of(
              ParameterSet.defaults(), Jurisdiction.parse("500103"), LocalDate.of(2027, 3, 1));
      assertThatThrownBy(() -> rule.evaluate(input("1940-01-01", "10.00 CNY"), chongqing))
          .isInstanceOf(MissingParameterException.class);
    }

    @Test
    void roundTripsItsInputThroughFacts() {
      MealSubsidy.Input in = input("1947-03-01", "1999.99 CNY");

      assertThat(rule().input(rule().facts(in))).isEqualTo(in);
      assertThat(
              rule()
                  .evaluate(ImmutableInput.builder().build(), jinan(LocalDate.of(2027, 3, 1)))
                  .missingFacts())
          .containsExactly("birthDate", "monthlyIncome");
      assertThat(Optional.of(rule().version())).contains("1");
    }
  }
}
