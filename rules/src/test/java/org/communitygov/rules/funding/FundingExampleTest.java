package org.communitygov.rules.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.communitygov.model.funding.Fund;
import org.communitygov.model.funding.FundingTransaction;
import org.communitygov.model.funding.Project;
import org.communitygov.model.funding.PurchaseContract;
import org.communitygov.rules.funding.book.FundBook;
import org.communitygov.rules.funding.disclosure.DisclosureHtml;
import org.communitygov.rules.funding.disclosure.DisclosureJson;
import org.communitygov.rules.funding.disclosure.DisclosureMarkdown;
import org.communitygov.rules.funding.disclosure.DisclosureReport;
import org.communitygov.rules.funding.disclosure.Disclosures;
import org.communitygov.rules.funding.disclosure.ReportPeriod;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/examples/funding/} what the code writes: the Hepingli funds, projects,
 * contracts and transactions, and the disclosure reports of 2026-Q3 (JSON, Markdown, HTML) and of
 * the year. Rewrite after an intended change with {@code -Dgolden.update=true}.
 */
class FundingExampleTest {
  static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static void golden(String name, String text) throws IOException {
    Path file = Hepingli.FOLDER.resolve(name);
    if (UPDATE) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(name).isEqualTo(text);
  }

  /** Pretty JSON without null members, as the library's own mapper writes absent values. */
  static String json(Object value) throws IOException {
    JsonNode tree = Hepingli.JSON.valueToTree(value);
    dropNulls(tree);
    return Hepingli.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n";
  }

  static void dropNulls(JsonNode node) {
    if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
      List<String> nulls = new java.util.ArrayList<>();
      o.fields()
          .forEachRemaining(
              e -> {
                if (e.getValue().isNull()) {
                  nulls.add(e.getKey());
                }
              });
      o.remove(nulls);
    }
    node.forEach(FundingExampleTest::dropNulls);
  }

  @Test
  void theExampleFilesAreWhatTheCodeWritesAndReadBack() throws IOException {
    golden("funds.json", json(Hepingli.funds()));
    golden("projects.json", json(Hepingli.projects()));
    golden("contracts.json", json(HepingliContracts.contracts()));
    golden("transactions.json", json(Hepingli.transactions()));
    assertThat(
            Hepingli.JSON.readValue(
                Hepingli.FOLDER.resolve("funds.json").toFile(), new TypeReference<List<Fund>>() {}))
        .isEqualTo(Hepingli.funds());
    assertThat(
            Hepingli.JSON.readValue(
                Hepingli.FOLDER.resolve("projects.json").toFile(),
                new TypeReference<List<Project>>() {}))
        .isEqualTo(Hepingli.projects());
    assertThat(
            Hepingli.JSON.readValue(
                Hepingli.FOLDER.resolve("contracts.json").toFile(),
                new TypeReference<List<PurchaseContract>>() {}))
        .isEqualTo(HepingliContracts.contracts());
    assertThat(
            Hepingli.JSON.readValue(
                Hepingli.FOLDER.resolve("transactions.json").toFile(),
                new TypeReference<List<FundingTransaction>>() {}))
        .isEqualTo(Hepingli.transactions());
  }

  @Test
  void theReportsOfTheExampleAreWhatTheCodeWrites() throws IOException {
    FundBook book = Hepingli.book();
    DisclosureReport q3 =
        Disclosures.of(book, ReportPeriod.parse("2026-Q3"), Disclosures.DEFAULT_THRESHOLD);
    golden("disclosure-2026-Q3.json", DisclosureJson.write(q3));
    golden("disclosure-2026-Q3.md", DisclosureMarkdown.write(q3));
    String html = DisclosureHtml.write(q3);
    golden("disclosure-2026-Q3.html", html);
    String chart =
        html.substring(
            html.indexOf("<svg id=\"chart-income-by-source\""),
            html.indexOf("</svg>", html.indexOf("chart-income-by-source")) + 6);
    golden(
        "disclosure-2026-Q3-income.svg",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + chart.replace("<svg ", "<svg width=\"640\" ")
            + "\n");
    DisclosureReport year =
        Disclosures.of(book, ReportPeriod.parse("2026"), Disclosures.DEFAULT_THRESHOLD);
    golden("disclosure-2026.json", DisclosureJson.write(year));
  }

  @Test
  void theExampleJournalIsTheBooksAndStreamsIntoTheSameReports() throws IOException {
    FundBook book = Hepingli.book();
    StringBuilder journal = new StringBuilder();
    for (byte[] line : book.ledger().lines()) {
      journal.append(new String(line, StandardCharsets.UTF_8)).append('\n');
    }
    golden("journal.ndjson", journal.toString());
    var periods = List.of(ReportPeriod.parse("2026-Q3"), ReportPeriod.parse("2026"));
    var reports =
        org.communitygov.rules.funding.disclosure.DisclosureFold.of(
                org.communitygov.rules.funding.disclosure.DisclosureFold.Registers.of(book),
                periods,
                Disclosures.DEFAULT_THRESHOLD)
            .read(Hepingli.FOLDER.resolve("journal.ndjson"))
            .reports();
    assertThat(DisclosureJson.write(reports.get(0)))
        .isEqualTo(Files.readString(Hepingli.FOLDER.resolve("disclosure-2026-Q3.json")));
    assertThat(DisclosureJson.write(reports.get(1)))
        .isEqualTo(Files.readString(Hepingli.FOLDER.resolve("disclosure-2026.json")));
  }

  @Test
  void theExampleHasWhatTheIssueAsks() {
    FundBook book = Hepingli.book();
    assertThat(book.funds().stream().map(Fund::source).distinct()).hasSizeGreaterThanOrEqualTo(5);
    assertThat(book.funds().stream().filter(f -> f.restriction().isRestricted())).hasSize(2);
    assertThat(book.contracts()).hasSize(2);
    DisclosureReport year =
        Disclosures.of(book, ReportPeriod.parse("2026"), Disclosures.DEFAULT_THRESHOLD);
    assertThat(year.releases()).hasSize(1);
    assertThat(year.restricted())
        .filteredOn(f -> f.key().equals("HPL-MEAL"))
        .singleElement()
        .satisfies(f -> assertThat(f.released()).isEqualTo(800000));
    assertThat(year.lottery().elderlyShare()).startsWith("BELOW").contains("UNCONFIRMED");
    assertThat(year.closingHead()).isPresent();
    assertThat(DisclosureJson.write(year)).doesNotContain("居民小额捐赠");
  }

  @Test
  void aBookReopenedOnTheJournalFindsTheSameClosingHeads() {
    FundBook book = Hepingli.book();
    FundBook reopened =
        FundBook.open(
            Hepingli.COMMUNITY,
            book.ledger(),
            org.communitygov.rules.engine.ParameterSet.defaults(),
            org.communitygov.rules.engine.Jurisdiction.national());
    for (java.time.LocalDate through : Hepingli.CLOSES) {
      var kept = book.closingHead(through).orElseThrow();
      var found = reopened.closingHead(through).orElseThrow();
      assertThat(found.size()).isEqualTo(kept.size());
      assertThat(found.rootHex()).isEqualTo(kept.rootHex());
    }
    assertThat(reopened.closedThrough()).contains(java.time.LocalDate.of(2026, 12, 31));
    assertThat(reopened.closingHead(java.time.LocalDate.of(2026, 5, 31))).isEmpty();
  }

  static JsonNode read(String name) throws IOException {
    return Hepingli.JSON.readTree(Hepingli.FOLDER.resolve(name).toFile());
  }
}
