package org.communitygov.api.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.communitygov.api.exchange.Severity;
import org.communitygov.api.json.CommunityGovMappers;
import org.communitygov.model.service.Provider;
import org.communitygov.model.service.Service;
import org.communitygov.model.service.ServiceCatalogue;
import org.communitygov.model.service.ServiceStatus;
import org.communitygov.model.service.Site;
import org.communitygov.model.service.SupplyMode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HsdsImportTest {
  static final JsonMapper JSON = CommunityGovMappers.strict();
  static final HsdsImport IMPORT = HsdsImport.withDefaultSupplyMode(SupplyMode.PUBLIC);

  /** JSON equality with numbers compared by value, as JSON defines them. */
  static final Comparator<JsonNode> BY_VALUE =
      (a, b) ->
          a.isNumber() && b.isNumber()
              ? a.decimalValue().compareTo(b.decimalValue())
              : a.equals(b) ? 0 : 1;

  static JsonNode example(String file, String pointer) throws IOException {
    return JSON.readTree(HsdsSchemas.RESOURCES.resolve("examples").resolve(file).toFile())
        .at(pointer);
  }

  static Stream<Arguments> specificationServices() {
    return Stream.of(
        Arguments.of("service_full.json", ""),
        Arguments.of("service_list.json", "/contents/0"),
        Arguments.of("service_at_location_full.json", "/service"));
  }

  @Nested
  class TheSpecificationsExamples {
    @ParameterizedTest(name = "{0}{1}")
    @MethodSource("org.communitygov.api.hsds.HsdsImportTest#specificationServices")
    void comeBackAsTheSameServiceDocument(String file, String pointer) throws IOException {
      JsonNode original = example(file, pointer);
      HsdsImportResult<Service> result = IMPORT.service(original);

      assertThat(result.issues(Severity.ERROR)).isEmpty();
      ObjectNode exported =
          HsdsExport.service(result.value().orElseThrow(), result.providers(), result.sites());
      assertThat(original.equals(BY_VALUE, exported)).as(diff(original, exported)).isTrue();
      everyNotePointsIntoTheDocument(original, result.issues());
    }

    @ParameterizedTest(name = "{0}{1}")
    @MethodSource("org.communitygov.api.hsds.HsdsImportTest#specificationServices")
    void comeBackAfterTheServiceIsWrittenAndReadAsCommunitygovJson(String file, String pointer)
        throws IOException {
      JsonNode original = example(file, pointer);
      HsdsImportResult<Service> result = IMPORT.service(original);
      Service stored =
          JSON.readValue(JSON.writeValueAsString(result.value().orElseThrow()), Service.class);

      assertThat(stored).isEqualTo(result.value().orElseThrow());
      assertThat(
              original.equals(
                  BY_VALUE, HsdsExport.service(stored, result.providers(), result.sites())))
          .isTrue();
    }

    @Test
    void comeBackAsTheSameOrganisationAndLocation() throws IOException {
      for (String pointer : List.of("", "/services/0/organization")) {
        JsonNode organization =
            pointer.isEmpty()
                ? example("organization_full.json", "")
                : example("service_full.json", "/organization");
        HsdsImportResult<Provider> provider = IMPORT.organization(organization);
        assertThat(provider.hasErrors()).isFalse();
        assertThat(organization.equals(BY_VALUE, HsdsExport.organization(provider.value().get())))
            .isTrue();
      }
      JsonNode location = example("location.json", "");
      HsdsImportResult<Site> site = IMPORT.location(location);
      assertThat(site.hasErrors()).isFalse();
      assertThat(location.equals(BY_VALUE, HsdsExport.location(site.value().get()))).isTrue();
    }

    @Test
    void mapWhatTheModelHoldsAndNoteTheRest() throws IOException {
      HsdsImportResult<Service> result = IMPORT.service(example("service_full.json", ""));
      Service service = result.value().orElseThrow();

      assertThat(service.id().value()).isEqualTo("ac148810-d857-441c-9679-408f346de14b");
      assertThat(service.name().zh()).isEqualTo("Community Counselling");
      assertThat(service.name().en()).contains("MyCity Counselling Services");
      assertThat(service.status()).isEqualTo(ServiceStatus.ACTIVE);
      assertThat(service.supplyMode()).isEqualTo(SupplyMode.PUBLIC);
      assertThat(service.category().code()).isEqualTo("UNCLASSIFIED");
      assertThat(result.providers())
          .singleElement()
          .satisfies(p -> assertThat(p.name().zh()).isEqualTo("Example Organization Inc."));
      assertThat(service.provider()).isEqualTo(result.providers().get(0).id());
      Site civic = result.sites().get(0);
      assertThat(civic.name().zh()).isEqualTo("MyCity Civic Center");
      assertThat(civic.latitude()).as("latitude 100 is no coordinate: kept, not mapped").isEmpty();
      assertThat(pointers(result, "hsds.member.kept"))
          .contains(
              "/url",
              "/eligibility_description",
              "/languages",
              "/organization/funding",
              "/service_at_locations/0/location/latitude");
      assertThat(pointers(result, "hsds.value.assumed"))
          .contains("/attributes", "/organization/legal_status");
      assertThat(service.extensions().get("org.openreferral.hsds")).isPresent();
    }
  }

  @Nested
  class OurOwnExport {
    @Test
    void comesBackAsTheSameModelWithNothingKept() {
      ServiceCatalogue catalogue = HepingliCatalogue.catalogue();
      for (Service service : catalogue.services()) {
        ObjectNode exported = HsdsExport.service(service, catalogue);
        HsdsImportResult<Service> result = IMPORT.service(exported);
        Service back = result.value().orElseThrow();

        assertThat(result.issues()).as(service.id().value()).isEmpty();
        assertThat(back.extensions().isEmpty()).isTrue();
        assertThat(back.id().value()).isEqualTo(HsdsIds.of("service", service.id().value()));
        assertThat(
                Service.builder()
                    .from(back)
                    .id(service.id())
                    .provider(service.provider())
                    .sites(service.sites())
                    .build())
            .as(service.id().value())
            .isEqualTo(service);
        assertThat(HsdsExport.service(back, result.providers(), result.sites()))
            .isEqualTo(exported);
        Provider provider = catalogue.provider(service.provider()).orElseThrow();
        assertThat(Provider.builder().from(result.providers().get(0)).id(provider.id()).build())
            .isEqualTo(provider);
      }
    }
  }

  @Nested
  class ADocumentThatIsNotValidHsds {
    @Test
    void givesIssuesWithCodesAndPointersNotAnException() throws IOException {
      ObjectNode broken = (ObjectNode) example("service_full.json", "").deepCopy();
      broken.remove("id");
      broken.put("status", "open");
      broken.put("name", 5);
      ((ObjectNode) broken.path("organization")).put("id", "not-a-uuid");

      HsdsImportResult<Service> result = IMPORT.service(broken);

      assertThat(result.value()).isEmpty();
      assertThat(result.issues(Severity.ERROR))
          .extracting(HsdsIssue::code, HsdsIssue::pointer)
          .contains(
              org.assertj.core.groups.Tuple.tuple("hsds.member.required", "/id"),
              org.assertj.core.groups.Tuple.tuple("hsds.value.enum", "/status"),
              org.assertj.core.groups.Tuple.tuple("hsds.value.type", "/name"),
              org.assertj.core.groups.Tuple.tuple("hsds.value.format", "/organization/id"));
      assertThat(result.issues()).allSatisfy(i -> assertThat(i.message()).doesNotContain("open"));
    }

    @Test
    void needsTheOrganisationOfAService() throws IOException {
      // valid HSDS (organization_id is only "tabular_required"), but the model needs a provider
      assertThat(
              codes(
                  IMPORT.service(example("organization_full.json", "/services/0")),
                  Function.identity()))
          .containsExactly("hsds.member.required /organization_id");
    }

    @Test
    void reportsNullsAndARootThatIsNoObject() throws IOException {
      ObjectNode withNull = (ObjectNode) example("service_full.json", "").deepCopy();
      withNull.putNull("alert");
      assertThat(codes(IMPORT.service(withNull), Function.identity()))
          .containsExactly("hsds.value.null /alert");
      assertThat(codes(IMPORT.service(JSON.readTree("[1]")), Function.identity()))
          .containsExactly("hsds.value.type /");
    }

    @Test
    void reportsAValueTheModelRefusesWithTheModelsCode() {
      ServiceCatalogue catalogue = HepingliCatalogue.catalogue();
      ObjectNode meals = HsdsExport.service(catalogue.services().get(0), catalogue);
      for (JsonNode attribute : meals.path("attributes")) {
        if (attribute.path("value").asText().equals("service.ageAtLeast")) {
          ((ObjectNode) attribute).put("value", "Not A Rule");
        }
      }
      HsdsImportResult<Service> result = IMPORT.service(meals);

      assertThat(result.value()).isEmpty();
      assertThat(result.issues(Severity.ERROR))
          .singleElement()
          .satisfies(
              i -> {
                assertThat(i.code()).isEqualTo("hsds.value.invalid");
                assertThat(i.pointer()).isEqualTo("/attributes");
                assertThat(i.arguments()).containsEntry("code", "eligibility.rule");
                assertThat(i.message()).doesNotContain("Not A Rule");
              });
    }

    @Test
    void assumesANameForALocationWithoutOne() throws IOException {
      ObjectNode blank = (ObjectNode) example("location.json", "").deepCopy();
      blank.put("alternate_name", "x".repeat(3));
      blank.put("name", " ");
      HsdsImportResult<Site> site = IMPORT.location(blank);
      assertThat(site.hasErrors()).isFalse();
      assertThat(pointers(site, "hsds.value.assumed")).containsExactly("/name");
    }
  }

  static List<String> codes(HsdsImportResult<?> result, Function<String, String> f) {
    return result.issues().stream().map(i -> f.apply(i.code() + " " + i.pointer())).toList();
  }

  static List<String> pointers(HsdsImportResult<?> result, String code) {
    return result.issues().stream()
        .filter(i -> i.code().equals(code))
        .map(HsdsIssue::pointer)
        .toList();
  }

  static void everyNotePointsIntoTheDocument(JsonNode original, List<HsdsIssue> issues) {
    assertThat(issues.stream().filter(i -> i.severity() == Severity.INFO)).isNotEmpty();
    for (HsdsIssue issue : issues) {
      assertThat(original.at(issue.pointer().equals("/") ? "" : issue.pointer()).isMissingNode())
          .as(issue.pointer())
          .isFalse();
    }
  }

  static String diff(JsonNode original, JsonNode exported) {
    return "original:\n" + original.toPrettyString() + "\nexported:\n" + exported.toPrettyString();
  }
}
