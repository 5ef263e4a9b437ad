package org.communitygov.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * communitygov as a library user meets it: a small program outside the build ({@code
 * src/test/consumer}, its own {@code module-info.java}) is compiled against the packaged jars and
 * run in a child JVM on the module path and on the class path, with its own Jackson mapper and its
 * own Hibernate Validator. It prints what it sees, {@code name=value} a line; the tests read that.
 *
 * <p>Runs in {@code verify} (maven-failsafe-plugin), after {@code package}: the jars must exist.
 */
class ConsumerProjectTest {
  static final Path API_JAR = Path.of(System.getProperty("consumer.apiJar"));
  static final Path CLASSPATH_FILE = Path.of(System.getProperty("consumer.classpath"));
  static final Path SOURCES = Path.of(System.getProperty("consumer.sources"));
  static final Path OUTPUT = Path.of(System.getProperty("consumer.output"));
  static final Path EXAMPLES = Path.of(System.getProperty("consumer.examples"));

  /** Exchange documents of the ledger, points and funding areas; the first is read as a ledger. */
  static final List<String> LATER_AREAS =
      List.of(
          "ledger/exchange-ledger.json",
          "volunteers/points-hepingli-transactions.json",
          "funding/exchange-funds.json",
          "funding/exchange-contracts.json",
          "funding/exchange-transactions.json");

  static final String VERSION = System.getProperty("communitygov.version");

  static String libraries() throws IOException {
    return API_JAR + File.pathSeparator + Files.readString(CLASSPATH_FILE).strip();
  }

  private static boolean compiled;

  /** Compiles the consumer afresh against the jars as modules; once for both runs. */
  static synchronized Path compiled() throws IOException {
    Path classes = OUTPUT.resolve("classes");
    if (compiled) {
      return classes;
    }
    if (Files.exists(classes)) {
      try (Stream<Path> old = Files.walk(classes)) {
        old.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
    List<String> arguments =
        new ArrayList<>(
            List.of("-d", classes.toString(), "--module-path", libraries(), "-Xlint:all"));
    try (Stream<Path> files = Files.walk(SOURCES)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> arguments.add(f.toString()));
    }
    // java.util.spi.ToolProvider, in java.base: the test runs inside the api module (patched).
    ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
    int status = javac.run(System.out, System.err, arguments.toArray(String[]::new));
    assertThat(status).as("javac of the consumer project").isZero();
    compiled = true;
    return classes;
  }

  /** One run of the consumer: its output as name → value. */
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  abstract static class Run {
    final Map<String, String> seen = new LinkedHashMap<>();

    abstract List<String> launch(Path classes, String libraries);

    @BeforeAll
    void run() throws Exception {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      // A short run: start-up dominates, so no optimizing compiler.
      command.add("-XX:TieredStopAtLevel=1");
      command.addAll(launch(compiled(), libraries()));
      command.add(EXAMPLES.resolve("hepingli-households.json").toString());
      command.add(EXAMPLES.resolve("invalid/missing-required.json").toString());
      LATER_AREAS.forEach(document -> command.add(EXAMPLES.resolve(document).toString()));
      Path log = Files.createTempFile(OUTPUT, "run", ".txt");
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("consumer finished").isTrue();
      String output = Files.readString(log, StandardCharsets.UTF_8);
      assertThat(process.exitValue()).as("consumer exit status; output:%n%s", output).isZero();
      for (String line : output.lines().toList()) {
        int equals = line.indexOf('=');
        if (equals > 0 && !line.startsWith(" ")) {
          seen.put(line.substring(0, equals), line.substring(equals + 1));
        }
      }
    }

    @Test
    void readsAndWritesLedgerRecordsWithTheUsersOwnMapper() {
      assertThat(seen)
          .containsEntry("own.ledger.roundTrip", "true")
          .hasEntrySatisfying(
              "own.ledger.records", n -> assertThat(Integer.parseInt(n)).isPositive());
    }

    @Test
    void foldsTheFundingJournalIntoTheReportTheExampleShows() throws IOException {
      JsonNode report =
          new ObjectMapper().readTree(EXAMPLES.resolve("funding/disclosure-2026-Q3.json").toFile());
      assertThat(seen)
          .containsEntry("own.funding.q3.income", report.at("/totals/income").asText())
          .containsEntry("own.funding.q3.spending", report.at("/totals/spending").asText())
          .containsEntry("own.funding.q3.root", report.at("/closingHead/root").asText());
    }

    @Test
    void validatesTheLaterAreasExamplesAsValid() {
      for (String document : LATER_AREAS) {
        assertThat(seen).containsEntry("area." + Path.of(document).getFileName(), "true {}");
      }
    }

    @Test
    void validatesTheHouseholdsExampleAsValid() {
      assertThat(seen).containsEntry("example.valid", "true").containsEntry("example.issues", "0");
    }

    @Test
    void givesAnIssueItsMessageInChineseAndEnglish() {
      assertThat(seen)
          .containsEntry("invalid.code", "record.property.required")
          .containsEntry("invalid.message.zh", "缺少必填属性“birthDate”。")
          .containsEntry("invalid.message.en", "The required property \"birthDate\" is missing.");
    }

    @Test
    void exportsTheReportAsJsonThatTheUsersMapperReads() {
      assertThat(seen).containsEntry("invalid.report.summary", "{\"record.property.required\":2}");
    }

    @Test
    void writesAPersonInTheWireFormatWithTheUsersOwnMapper() {
      assertThat(seen)
          .containsEntry(
              "own.person",
              "{\"id\":\"P0001\",\"name\":\"王秀英\",\"birthDate\":\"1941-03-15\","
                  + "\"sex\":\"FEMALE\",\"hukou\":\"LOCAL\"}")
          .containsEntry("own.person.roundTrip", "true");
    }

    @Test
    void writesHouseholdsWithTheUsersMapperThatTheLibrarysValidatorAccepts() {
      assertThat(seen)
          .containsEntry("own.households.hasNull", "false")
          .containsEntry("own.households.hasEmptyExtensions", "false")
          .containsEntry("own.households.hasExtensions", "true")
          .containsEntry("own.households.hasIsoDate", "true")
          .containsEntry("own.households.valid", "true")
          .containsEntry("own.households.issues", "{}");
    }

    @Test
    void readsTheLibrarysStringsStrictlyAndTheUsersAsTheMapperWould() {
      assertThat(seen)
          .containsEntry(
              "own.person.numberName", "Cannot read String from a JSON number (value not shown)")
          .containsEntry("own.ticket.code", "123")
          // The user's LocalDate keeps the mapper's own setting (timestamps by default).
          .containsEntry("own.ticket.written", "{\"code\":\"123\",\"opened\":[2026,1,2]}");
    }

    @Test
    void findsTheModuleByServiceLoaderAtTheLibrarysVersion() {
      assertThat(seen.get("found.ids")).contains("CommunityGovModule");
      assertThat(seen).containsEntry("found.version", VERSION);
    }

    @Test
    void givesTheUsersValidatorTheConstraintsOfAPersonNamedAsInJson() {
      // Without CommunityGovValidation.configure, a plain validator sees none (the documented
      // need).
      assertThat(seen)
          .containsEntry("plainValidator.personProperties", "[]")
          .containsEntry(
              "ownValidator.personProperties", "[birthDate, chronicConditions, disability, name]")
          .containsEntry("ownValidator.person", "[name]");
    }

    @Test
    void resolvesTheUsersOwnParameterDeclarationOncePerContext() {
      // module path: only because the consumer opens its package to org.communitygov.rules
      assertThat(seen)
          .containsEntry("kit.urbanStandard", "735.00")
          .containsEntry("kit.sharedPerContext", "true");
    }

    @Test
    void makesTheUsersOwnDeferredExplanationOnceWhenFirstRead() {
      assertThat(seen)
          .containsEntry("kit.deferred.madeBeforeRead", "0")
          .containsEntry("kit.deferred.step", "own.incomeBelowStandard")
          .containsEntry("kit.deferred.parameters", "1")
          .containsEntry("kit.deferred.equalsMade", "true")
          .containsEntry("kit.deferred.madeOnceForReads", "true");
    }

    @Test
    void keepsTheJavabeanPathNamesOfAUsersBeanBesideTheModel() {
      assertThat(seen).containsEntry("ownValidator.applicant", "[person.name, title]");
    }
  }

  @Nested
  class OnTheModulePath extends Run {
    @Override
    List<String> launch(Path classes, String libraries) {
      return List.of(
          "--module-path",
          classes + File.pathSeparator + libraries,
          "-m",
          "org.example.consumer/org.example.consumer.Main");
    }

    @Test
    void runsAsANamedModule() {
      assertThat(seen).containsEntry("layer", "module path");
    }
  }

  @Nested
  class OnTheClassPath extends Run {
    @Override
    List<String> launch(Path classes, String libraries) {
      return List.of("-cp", classes + File.pathSeparator + libraries, "org.example.consumer.Main");
    }

    @Test
    void runsInTheUnnamedModule() {
      assertThat(seen).containsEntry("layer", "class path");
    }
  }
}
