package org.communitygov.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.communitygov.api.exchange.ExchangeValidator;
import org.communitygov.api.exchange.RecordKind;
import org.communitygov.api.exchange.ValidationReport;
import org.communitygov.api.hsds.HsdsExport;
import org.communitygov.api.json.CommunityGovMappers;
import org.communitygov.model.service.Service;
import org.communitygov.model.service.ServiceCatalogue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code communitygov hsds export|import}, and the commands of docs/services.md that use them. */
class HsdsCommandTest {
  static final String SERVICES = Cli.EXAMPLES + "services/exchange-services.json";
  static final String CATALOGUE = Cli.EXAMPLES + "services/hepingli-catalogue.json";
  static final String SPEC = "src/test/resources/hsds/examples/";
  static final String ISSUED = "2026-12-01T09:00:00+08:00";
  static final Path DOC = Path.of("..", "docs", "services.md");
  static final ObjectMapper JSON = new ObjectMapper();
  static final ExchangeValidator VALIDATOR =
      ExchangeValidator.builder().expectedKind(RecordKind.SERVICES).build();

  static JsonNode json(String text) throws IOException {
    return JSON.readTree(text);
  }

  @Nested
  class Export {
    @Test
    void writesEveryServiceOfTheCatalogueAsTheLibraryExportsIt() throws IOException {
      Cli.Run run = Cli.run("hsds", "export", SERVICES);
      assertThat(run.exitCode()).isZero();
      assertThat(run.err()).isEmpty();
      ServiceCatalogue catalogue =
          CommunityGovMappers.strict()
              .readValue(Path.of(CATALOGUE).toFile(), ServiceCatalogue.class);
      ArrayNode expected = JSON.createArrayNode();
      for (Service service : catalogue.services()) {
        expected.add(HsdsExport.service(service, catalogue));
      }
      assertThat(run.out()).isEqualTo(ServicesDocument.text(expected));
      assertThat(expected).hasSize(13);
    }

    @Test
    void readsTheSameCatalogueFromNdjson(@TempDir Path dir) throws IOException {
      // Decimals as written (116.4170), so that the NDJSON holds the same values.
      JsonNode envelope =
          com.fasterxml.jackson.databind.json.JsonMapper.builder()
              .enable(
                  com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
              .configure(
                  com.fasterxml.jackson.databind.cfg.JsonNodeFeature
                      .STRIP_TRAILING_BIGDECIMAL_ZEROES,
                  false)
              .build()
              .readTree(Path.of(SERVICES).toFile());
      StringBuilder ndjson = new StringBuilder();
      com.fasterxml.jackson.databind.node.ObjectNode header = envelope.deepCopy();
      header.remove("records");
      ndjson.append(header).append('\n');
      envelope.get("records").forEach(r -> ndjson.append(r).append('\n'));
      Path file = dir.resolve("services.ndjson");
      Files.writeString(file, ndjson, StandardCharsets.UTF_8);
      Cli.Run fromNdjson = Cli.run("hsds", "export", file.toString());
      assertThat(fromNdjson.exitCode()).isZero();
      assertThat(fromNdjson.out()).isEqualTo(Cli.run("hsds", "export", SERVICES).out());
    }

    @Test
    void writesToAFileWithOutputAndNothingToStandardOutput(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("hsds.json");
      Cli.Run run = Cli.run("hsds", "export", SERVICES, "--output", file.toString());
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).isEmpty();
      assertThat(Files.readString(file)).isEqualTo(Cli.run("hsds", "export", SERVICES).out());
    }

    @Test
    void reportsADocumentWithBrokenReferencesAndWritesNothing() {
      Cli.Run run =
          Cli.run("hsds", "export", Cli.EXAMPLES + "invalid/services-catalogue-links.json");
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out()).isEmpty();
      assertThat(run.err())
          .contains("reference.unresolved", "/records/3/service/provider")
          .contains("document.value.differs")
          .contains("is not a valid SERVICES document")
          .doesNotContain("Exception");
    }

    @Test
    void refusesADocumentOfAnotherKind() {
      Cli.Run run = Cli.run("hsds", "export", Cli.HOUSEHOLDS);
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).contains("envelope.kind.unexpected");
    }

    @Test
    void saysInOneLineThatAFileCannotBeRead() {
      Cli.Run run = Cli.run("hsds", "export", "no-such-file.json");
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err())
          .isEqualTo("communitygov: cannot read no-such-file.json: no such file\n");
    }

    @Test
    void saysInOneLineThatTheOutputCannotBeWritten(@TempDir Path dir) {
      Cli.Run run =
          Cli.run(
              "hsds", "export", SERVICES, "--output", dir.resolve("no/such/dir.json").toString());
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).startsWith("communitygov: cannot write ").doesNotContain("\tat ");
    }

    @Test
    void readsStandardInput() throws IOException {
      Cli.Run run = Cli.runWithStdin(Files.readAllBytes(Path.of(SERVICES)), "hsds", "export", "-");
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).isEqualTo(Cli.run("hsds", "export", SERVICES).out());
    }
  }

  @Nested
  class Import {
    @Test
    void givesBackTheSpecificationsServiceExactlyWhenExportedAgain(@TempDir Path dir)
        throws IOException {
      Cli.Run imported =
          Cli.run("hsds", "import", SPEC + "service_full.json", "--issued-at", ISSUED);
      assertThat(imported.exitCode()).isZero();
      ValidationReport report = VALIDATOR.validate(new StringReader(imported.out()));
      assertThat(report.issues()).isEmpty();
      // Nothing dropped silently: each member the model has no place for is a note.
      assertThat(imported.err())
          .contains("NOTE hsds.member.kept at \"/url\"")
          .contains("NOTE hsds.member.kept at \"/accreditations\"")
          .contains("WARNING hsds.value.assumed");
      Path envelope = dir.resolve("services.json");
      Files.writeString(envelope, imported.out(), StandardCharsets.UTF_8);
      Cli.Run exported = Cli.run("hsds", "export", envelope.toString());
      assertThat(exported.exitCode()).isZero();
      assertThat(json(exported.out()))
          .isEqualTo(
              JSON.createArrayNode()
                  .add(JSON.readTree(Path.of(SPEC, "service_full.json").toFile())));
    }

    @Test
    void readsAPageOfTheApiAndPointsIntoIt() {
      Cli.Run run = Cli.run("hsds", "import", SPEC + "service_list.json", "--issued-at", ISSUED);
      assertThat(run.exitCode()).isZero();
      assertThat(run.err()).contains("at \"/contents/0/");
    }

    @Test
    void givesBackTheExportOfTheHepingliCatalogue(@TempDir Path dir) throws IOException {
      String exported = Cli.run("hsds", "export", SERVICES).out();
      Path hsds = dir.resolve("hsds.json");
      Files.writeString(hsds, exported, StandardCharsets.UTF_8);
      Cli.Run imported = Cli.run("hsds", "import", hsds.toString(), "--issued-at", ISSUED);
      assertThat(imported.exitCode()).isZero();
      assertThat(imported.err()).as("our own export needs no residue").isEmpty();
      JsonNode envelope = json(imported.out());
      assertThat(envelope.get("kind").asText()).isEqualTo("SERVICES");
      assertThat(envelope.get("issuedAt").asText()).isEqualTo(ISSUED);
      assertThat(envelope.get("records")).hasSize(7 + 3 + 13);
      Path again = dir.resolve("services.json");
      Files.writeString(again, imported.out(), StandardCharsets.UTF_8);
      assertThat(Cli.run("hsds", "export", again.toString()).out()).isEqualTo(exported);
    }

    @Test
    void reportsAnInvalidHsdsServiceWithCodeAndPointerAndWritesNothing(@TempDir Path dir)
        throws IOException {
      JsonNode service = JSON.readTree(Path.of(SPEC, "service_full.json").toFile());
      ((com.fasterxml.jackson.databind.node.ObjectNode) service).put("id", "not-a-uuid");
      ((com.fasterxml.jackson.databind.node.ObjectNode) service).remove("name");
      Path file = dir.resolve("bad.json");
      Files.writeString(file, JSON.createArrayNode().add(service).toString());
      Cli.Run run = Cli.run("hsds", "import", file.toString(), "--issued-at", ISSUED);
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out()).isEmpty();
      assertThat(run.err())
          .contains("ERROR hsds.value.format at \"/0/id\"")
          .contains("ERROR hsds.member.required at \"/0/name\"")
          .contains("HSDS import stopped by 2 error(s)")
          .doesNotContain("not-a-uuid")
          .doesNotContain("\tat ");
    }

    @Test
    void refusesTwoServicesWhoseOrganizationsShareAnIdButNotTheirContents(@TempDir Path dir)
        throws IOException {
      JsonNode first = JSON.readTree(Path.of(SPEC, "service_full.json").toFile());
      com.fasterxml.jackson.databind.node.ObjectNode second = first.deepCopy();
      second.put("id", "0c2ad2a4-9e6f-4d8b-8f43-8b2f3a1d5e77");
      ((com.fasterxml.jackson.databind.node.ObjectNode) second.get("organization"))
          .put("name", "Another Organization");
      Path file = dir.resolve("two.json");
      Files.writeString(file, JSON.createArrayNode().add(first).add(second).toString());
      Cli.Run run = Cli.run("hsds", "import", file.toString(), "--issued-at", ISSUED);
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).contains("ERROR hsds.object.conflict at \"/1\"");
    }

    @Test
    void reportsTextThatIsNotJsonAndAValueThatHoldsNoService(@TempDir Path dir) throws IOException {
      Path broken = dir.resolve("broken.json");
      Files.writeString(broken, "{\"id\": ");
      Cli.Run notJson = Cli.run("hsds", "import", broken.toString());
      assertThat(notJson.exitCode()).isEqualTo(1);
      assertThat(notJson.err()).contains("ERROR hsds.json.syntax at line 1");
      Path number = dir.resolve("number.json");
      Files.writeString(number, "42");
      Cli.Run noService = Cli.run("hsds", "import", number.toString());
      assertThat(noService.exitCode()).isEqualTo(1);
      assertThat(noService.err()).contains("ERROR hsds.value.type at \"\"");
      assertThat(noService.out() + notJson.out()).isEmpty();
    }

    @Test
    void refusesAnIssuedAtWithoutOffsetAsAUsageError() {
      Cli.Run run =
          Cli.run("hsds", "import", SPEC + "service_full.json", "--issued-at", "2026-12-01");
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).contains("--issued-at");
    }

    @Test
    void takesTheSupplyModeOfServicesThatHaveNone() throws IOException {
      Cli.Run run =
          Cli.run(
              "hsds",
              "import",
              SPEC + "service_full.json",
              "--issued-at",
              ISSUED,
              "--supply-mode",
              "VOLUNTEER_MUTUAL_AID");
      assertThat(run.exitCode()).isZero();
      JsonNode records = json(run.out()).get("records");
      JsonNode service = records.get(records.size() - 1).get("service");
      assertThat(service.get("supplyMode").asText()).isEqualTo("VOLUNTEER_MUTUAL_AID");
    }
  }

  @Test
  void everyHsdsCommandOfTheServicesDocPrintsWhatTheDocShows() throws IOException {
    List<DocExamples.Example> examples = DocExamples.of(DOC, "communitygov hsds ");
    assertThat(examples).hasSizeGreaterThanOrEqualTo(2);
    // The doc's paths are relative to the repository, the test's to api/.
    DocExamples.runAll(examples, UnaryOperator.identity(), p -> p.replace("../docs/", "docs/"));
  }
}
