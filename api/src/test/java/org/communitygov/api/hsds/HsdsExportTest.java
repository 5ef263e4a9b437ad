package org.communitygov.api.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.communitygov.api.json.CommunityGovMappers;
import org.communitygov.model.service.Service;
import org.communitygov.model.service.ServiceCatalogue;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class HsdsExportTest {
  static final Path GOLDEN = Path.of("..", "docs", "examples", "services", "hepingli-hsds.json");
  static final Map<String, String> TABLES =
      Map.of(
          "organizations", "organization",
          "services", "service",
          "locations", "location",
          "service_at_locations", "service_at_location",
          "taxonomies", "taxonomy",
          "taxonomy_terms", "taxonomy_term");

  final ServiceCatalogue catalogue = HepingliCatalogue.catalogue();
  final ObjectNode document = HsdsExport.catalogue(catalogue);

  @Nested
  class EveryExportedObject {
    @TestFactory
    Stream<DynamicTest> isValidAgainstTheOfficialSchema() {
      return TABLES.entrySet().stream()
          .flatMap(
              table ->
                  StreamSupport.stream(document.path(table.getKey()).spliterator(), false)
                      .map(
                          object ->
                              DynamicTest.dynamicTest(
                                  table.getKey() + " " + object.path("name").asText(),
                                  () ->
                                      assertThat(HsdsSchemas.validate(table.getValue(), object))
                                          .isEmpty())));
    }

    @Test
    void ofEveryTableIsThere() {
      for (String table : TABLES.keySet()) {
        assertThat(document.path(table).size()).as(table).isPositive();
      }
      assertThat(document.path("services").size()).isEqualTo(13);
    }

    @Test
    void hasAUniqueId() {
      List<String> ids = new ArrayList<>();
      collectIds(document, ids);
      assertThat(ids).hasSizeGreaterThan(100);
      Set<String> unique = new HashSet<>(ids);
      // a taxonomy term appears in each attribute that uses it and again in taxonomy_terms;
      // everything else is written once
      assertThat(ids.stream().filter(id -> !isTermOrTaxonomy(id)).distinct().count())
          .isEqualTo(ids.stream().filter(id -> !isTermOrTaxonomy(id)).count());
      assertThat(unique).allMatch(HsdsIds::isUuid);
    }

    @Test
    void withAServiceWrittenInFullIsValidToo() {
      for (Service service : catalogue.services()) {
        assertThat(HsdsSchemas.validate("service", HsdsExport.service(service, catalogue)))
            .as(service.id().value())
            .isEmpty();
      }
    }
  }

  @Test
  void theSchemaCheckCanFail() {
    ObjectNode broken = document.path("services").get(0).deepCopy();
    broken.put("id", "S-MEAL");
    broken.put("status", "open");
    assertThat(HsdsSchemas.validate("service", broken)).hasSize(2);
  }

  @Nested
  class AService {
    JsonNode meals = service("老年助餐");

    @Test
    void carriesItsNamesStatusAndOrganisation() {
      assertThat(meals.path("id").asText()).isEqualTo(HsdsIds.of("service", "S-MEAL"));
      assertThat(meals.path("alternate_name").asText()).isEqualTo("Meals for older people");
      assertThat(meals.path("status").asText()).isEqualTo("active");
      assertThat(service("社区托育点").path("status").asText()).isEqualTo("temporarily closed");
      assertThat(meals.path("organization_id").asText())
          .isEqualTo(HsdsIds.of("organization", "P-KITCHEN"));
    }

    @Test
    void describesItsEligibilityInChineseAndEnglishWithAgesAndTheRuleId() {
      assertThat(meals.path("eligibility_description").asText())
          .isEqualTo("本社区60周岁以上老人\nResidents aged 60 or more");
      assertThat(meals.path("minimum_age").asInt()).isEqualTo(60);
      assertThat(meals.has("maximum_age")).isFalse();
      assertThat(service("社区托育点").path("maximum_age").asInt()).isEqualTo(3);
      assertThat(attributeValues(meals, "communitygov-eligibility"))
          .containsExactly("service.ageAtLeast", "age=60");
    }

    @Test
    void givesEachFeeACostOptionOfWhatTheUserPaysWithTheSubsidyAsAnAttribute() {
      JsonNode veryElderly = meals.path("cost_options").get(1);
      assertThat(veryElderly.path("option").asText()).isEqualTo("VERY_ELDERLY");
      assertThat(veryElderly.path("amount").decimalValue()).isEqualByComparingTo("10.00");
      assertThat(veryElderly.path("currency").asText()).isEqualTo("CNY");
      assertThat(attributeValues(veryElderly, "communitygov-fee")).containsExactly("5.00");
      assertThat(meals.path("cost_options").get(0).path("option").asText()).isEqualTo("STANDARD");
    }

    @Test
    void classifiesItsCategoryModeGroupsAndCapacity() {
      assertThat(attributeValues(meals, "communitygov-service-category"))
          .containsExactly("MEAL_ASSISTANCE");
      assertThat(attributeValues(meals, "communitygov-supply-mode")).containsExactly("PURCHASED");
      assertThat(attributeValues(meals, "communitygov-population-group"))
          .containsExactly("ELDERLY");
      assertThat(attributeValues(meals, "communitygov-capacity"))
          .containsExactly("120 MEALS per DAY");
    }

    @Test
    void writesWeeklyMonthlyAndDatedHours() {
      assertThat(meals.path("schedules").get(0).path("byday").asText())
          .isEqualTo("MO,TU,WE,TH,FR,SA,SU");
      assertThat(meals.path("schedules").get(0).path("opens_at").asText()).isEqualTo("11:00");
      assertThat(service("老年学堂").path("schedules").get(0).path("bymonthday").asText())
          .isEqualTo("1,15");
      JsonNode holiday = service("家庭医生签约").path("schedules").get(1);
      assertThat(holiday.path("valid_from").asText()).isEqualTo("2026-10-01");
      assertThat(holiday.path("description").asText()).isEqualTo("closed");
      assertThat(holiday.path("notes").asText()).isEqualTo("国庆节");
    }

    @Test
    void servesItsCommunitiesAsServiceAreas() {
      assertThat(meals.path("service_areas").get(0).path("uri").asText())
          .isEqualTo("urn:communitygov:community:hepingli");
    }
  }

  @Test
  void writesAnOrganisationsSocialCreditCodeAndPhones() {
    JsonNode street = document.path("organizations").get(0);
    assertThat(street.path("legal_status").asText()).isEqualTo("GOVERNMENT_DEPARTMENT");
    JsonNode identifier = street.path("organization_identifiers").get(0);
    assertThat(identifier.path("identifier_scheme").asText()).isEqualTo("CN-USCC");
    assertThat(identifier.path("identifier").asText()).hasSize(18);
    assertThat(street.path("phones").get(0).path("number").asText()).isEqualTo("010-64200001");
  }

  @Test
  void isTheSameEveryTimeAndMatchesTheExampleInTheDocs() throws IOException {
    assertThat(HsdsExport.catalogue(HepingliCatalogue.catalogue())).isEqualTo(document);
    JsonMapper json = CommunityGovMappers.strict();
    String text = json.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n";
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, text, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(GOLDEN, StandardCharsets.UTF_8))
        .as("run with -Dgolden.update=true after an intended change")
        .isEqualTo(text);
  }

  JsonNode service(String zh) {
    for (JsonNode service : document.path("services")) {
      if (service.path("name").asText().equals(zh)) {
        return service;
      }
    }
    throw new AssertionError("no service " + zh);
  }

  static List<String> attributeValues(JsonNode object, String taxonomy) {
    List<String> values = new ArrayList<>();
    for (JsonNode attribute : object.path("attributes")) {
      if (attribute.path("taxonomy_term").path("taxonomy").asText().equals(taxonomy)) {
        values.add(attribute.path("value").asText());
      }
    }
    return values;
  }

  boolean isTermOrTaxonomy(String id) {
    for (JsonNode t : document.path("taxonomy_terms")) {
      if (t.path("id").asText().equals(id) || t.path("taxonomy_id").asText().equals(id)) {
        return true;
      }
    }
    return false;
  }

  static void collectIds(JsonNode node, List<String> ids) {
    if (node.isObject()) {
      if (node.has("id")) {
        ids.add(node.path("id").asText());
      }
      node.forEach(child -> collectIds(child, ids));
    } else if (node.isArray()) {
      node.forEach(child -> collectIds(child, ids));
    }
  }
}
