package org.communitygov.rules.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communitygov.rules.funding.disclosure.DisclosureHtml;
import org.communitygov.rules.funding.disclosure.DisclosureJson;
import org.communitygov.rules.funding.disclosure.DisclosureReport;
import org.communitygov.rules.funding.disclosure.Disclosures;
import org.communitygov.rules.funding.disclosure.ReportPeriod;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.MimeType;
import org.junit.jupiter.api.Test;

/**
 * The HTML disclosure report of the Hepingli example (2026-Q3), loaded in a headless browser
 * (HtmlUnit): it loads without errors and without script, each chart is an SVG with one mark per
 * figure of its section, and every figure on the page equals the JSON report's.
 */
class DisclosureHtmlTest {
  @Test
  void thePageLoadsAndEveryFigureEqualsTheJsonReport() throws IOException {
    DisclosureReport report =
        Disclosures.of(
            Hepingli.book(), ReportPeriod.parse("2026-Q3"), Disclosures.DEFAULT_THRESHOLD);
    JsonNode json =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(DisclosureJson.write(report));
    String html = DisclosureHtml.write(report);
    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain(" src=", " href=");
    List<String> errors = new ArrayList<>();
    try (WebClient browser = new WebClient(BrowserVersion.FIREFOX)) {
      browser.getOptions().setJavaScriptEnabled(false);
      browser.getOptions().setThrowExceptionOnFailingStatusCode(true);
      browser.setIncorrectnessListener((message, origin) -> errors.add(message));
      HtmlPage page = browser.loadHtmlCodeIntoCurrentWindow(html);
      assertThat(page).isNotNull();
      assertThat(page.getTitleText()).isEqualTo("资金公开 110101001001 2026-Q3");
      assertThat(page.getContentType()).isEqualTo(MimeType.TEXT_HTML);

      assertThat(marks(page, "chart-income-by-source")).hasSize(json.get("incomeBySource").size());
      assertThat(marks(page, "chart-spending-by-category"))
          .hasSize(json.get("spendingByCategory").size());
      assertThat(marks(page, "chart-months")).hasSize(2 * json.get("months").size());

      Map<String, String> expected = figures(json);
      int checked = 0;
      List<DomElement> all = new ArrayList<>();
      page.getDocumentElement().getDomElementDescendants().forEach(all::add);
      for (DomElement e : all) {
        if (e.hasAttribute("data-figure")) {
          String figure = e.getAttribute("data-figure");
          assertThat(expected).as("figure %s is in the JSON report", figure).containsKey(figure);
          assertThat(e.getAttribute("data-amount")).as(figure).isEqualTo(expected.get(figure));
          if (!e.getLocalName().equals("rect")) {
            assertThat(e.getTextContent()).as(figure).isEqualTo(expected.get(figure));
          }
          checked++;
        }
      }
      assertThat(checked).isGreaterThan(40);
    }
    assertThat(errors).as("the page is correct HTML").isEmpty();
  }

  static List<DomElement> marks(HtmlPage page, String chart) {
    DomElement svg = page.getElementById(chart);
    assertThat(svg).as(chart).isNotNull();
    assertThat(svg.getTagName()).isEqualTo("svg");
    List<DomElement> marks = new ArrayList<>();
    for (DomElement e : svg.getChildElements()) {
      if (e.getLocalName().equals("rect") && e.getAttribute("class").contains("mark")) {
        marks.add(e);
      }
    }
    return marks;
  }

  static Map<String, String> figures(JsonNode json) {
    Map<String, String> f = new HashMap<>();
    json.get("totals")
        .fields()
        .forEachRemaining(e -> f.put("totals." + e.getKey(), e.getValue().asText()));
    for (String s :
        List.of(
            "incomeBySource",
            "incomeByFund",
            "spendingByCategory",
            "spendingByProject",
            "spendingByContract",
            "spendingByGroup")) {
      json.get(s).forEach(l -> f.put(s + "." + l.get("key").asText(), l.get("amount").asText()));
    }
    json.get("months")
        .forEach(
            m -> {
              f.put("months." + m.get("month").asText() + ".income", m.get("income").asText());
              f.put("months." + m.get("month").asText() + ".spending", m.get("spending").asText());
            });
    json.get("restrictedFunds")
        .forEach(
            r ->
                r.fields()
                    .forEachRemaining(
                        e ->
                            f.put(
                                "restrictedFunds." + r.get("key").asText() + "." + e.getKey(),
                                e.getValue().asText())));
    json.get("releases")
        .forEach(r -> f.put("releases." + r.get("id").asText(), r.get("amount").asText()));
    f.put("lottery.received", json.get("lottery").get("received").asText());
    f.put("lottery.spent", json.get("lottery").get("spent").asText());
    json.get("lottery")
        .get("byProject")
        .forEach(
            l -> f.put("lottery.byProject." + l.get("key").asText(), l.get("amount").asText()));
    return f;
  }
}
