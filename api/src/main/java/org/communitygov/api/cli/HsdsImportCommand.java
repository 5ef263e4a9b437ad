package org.communitygov.api.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communitygov.api.exchange.ExchangeValidator;
import org.communitygov.api.exchange.RecordKind;
import org.communitygov.api.exchange.Severity;
import org.communitygov.api.exchange.ValidationReport;
import org.communitygov.api.hsds.HsdsImport;
import org.communitygov.api.hsds.HsdsImportResult;
import org.communitygov.api.hsds.HsdsIssue;
import org.communitygov.api.json.CommunityGovMappers;
import org.communitygov.model.service.Provider;
import org.communitygov.model.service.Service;
import org.communitygov.model.service.ServiceCatalogueEntry;
import org.communitygov.model.service.Site;
import org.communitygov.model.service.SupplyMode;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code communitygov hsds import}: reads HSDS 3.0 services — one {@code service} object, a list of
 * them (as {@code hsds export} writes), or a page of the HSDS API ({@code contents}) — and writes a
 * {@code SERVICES} envelope of their organisations, locations and services. Every error, warning
 * and note of the import goes to standard error with its code and JSON Pointer: a member the model
 * has no place for is kept in {@code extensions} and reported as a note; with an error nothing is
 * written and the exit code is 1.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Reads HSDS 3.0 services (a service, a list of services, or an API page with contents)",
      "and writes a SERVICES envelope. Issues go to standard error with code and pointer."
    })
final class HsdsImportCommand extends HsdsCommand.Base {
  /** Keeps a decimal as written (116.4170): HSDS import then export gives the same text. */
  private static final JsonMapper READER =
      CommunityGovMappers.builder(CommunityGovMappers.newFactory())
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
          .build();

  private static final ExchangeValidator SERVICES =
      ExchangeValidator.builder().expectedKind(RecordKind.SERVICES).build();

  @Parameters(paramLabel = "FILE", description = "The HSDS JSON document; - reads standard input.")
  private String input = "";

  @Option(
      names = "--supply-mode",
      paramLabel = "MODE",
      description =
          "The supply mode of a service without one (HSDS has none): ${COMPLETION-CANDIDATES}."
              + " Default: PUBLIC.")
  private SupplyMode supplyMode = SupplyMode.PUBLIC;

  @Option(
      names = "--issuer",
      paramLabel = "NAME",
      description = "The issuer of the SERVICES document. Default: HSDS import.")
  private String issuer = "HSDS import";

  @Option(
      names = "--issued-at",
      paramLabel = "TIME",
      description = "When the document is issued (RFC 3339 with an offset). Default: now.")
  private @Nullable String issuedAt;

  HsdsImportCommand(CliEnvironment environment) {
    super(environment);
  }

  @Override
  int run(PrintWriter err, Language language) throws UnreadableInput {
    OffsetDateTime issued = issued();
    byte[] bytes = read(input);
    JsonNode document;
    try {
      document = READER.readTree(bytes);
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      err.println(input + ": ERROR hsds.json.syntax at line " + line + ": not well-formed JSON");
      return notImported(err, language, 1);
    } catch (IOException e) {
      throw new UnreadableInput(input, e);
    }
    Map<String, JsonNode> services = services(document);
    if (services.isEmpty()) {
      err.println(
          input
              + ": ERROR hsds.value.type at \"\": expected a service object, a list of services"
              + " or a page with contents");
      return notImported(err, language, 1);
    }
    List<ServiceCatalogueEntry> entries = new ArrayList<>();
    Map<String, Provider> providers = new LinkedHashMap<>();
    Map<String, Site> sites = new LinkedHashMap<>();
    List<Service> imported = new ArrayList<>();
    int errors = 0;
    HsdsImport hsds = HsdsImport.withDefaultSupplyMode(supplyMode);
    for (Map.Entry<String, JsonNode> service : services.entrySet()) {
      HsdsImportResult<Service> result = hsds.service(service.getValue());
      for (HsdsIssue issue : result.issues()) {
        err.println(line(service.getKey(), issue));
      }
      errors += result.issues(Severity.ERROR).size();
      for (Provider provider : result.providers()) {
        errors += conflict(providers, provider.id().value(), provider, service.getKey(), err);
      }
      for (Site site : result.sites()) {
        errors += conflict(sites, site.id().value(), site, service.getKey(), err);
      }
      result.value().ifPresent(imported::add);
    }
    if (errors > 0) {
      return notImported(err, language, errors);
    }
    providers.values().forEach(p -> entries.add(ServiceCatalogueEntry.of(p)));
    sites.values().forEach(s -> entries.add(ServiceCatalogueEntry.of(s)));
    imported.forEach(s -> entries.add(ServiceCatalogueEntry.of(s)));
    String envelope = ServicesDocument.envelope(entries, issuer, issued);
    ValidationReport report;
    try {
      report = SERVICES.validate(new StringReader(envelope));
    } catch (IOException e) {
      throw new IllegalStateException("reading a string cannot fail", e);
    }
    if (!report.issues().isEmpty()) {
      err.print(report.toText(language.locale()));
    }
    if (!report.isValid()) {
      return notImported(err, language, (int) report.count(Severity.ERROR));
    }
    return write(envelope, err, language);
  }

  /**
   * Keeps an organisation or location nested in a service, once per id; another one with the same
   * id and other contents is an error ({@code hsds.object.conflict}), not silently dropped.
   *
   * @return the number of errors: 0 or 1
   */
  private <T> int conflict(Map<String, T> kept, String id, T value, String at, PrintWriter err) {
    T first = kept.putIfAbsent(id, value);
    if (first == null || first.equals(value)) {
      return 0;
    }
    err.println(
        input
            + ": ERROR hsds.object.conflict at \""
            + at
            + "\": an organization or location of this service has the id of an earlier one,"
            + " with other contents");
    return 1;
  }

  /** The services of the document by the pointer of each, empty if it holds none. */
  private static Map<String, JsonNode> services(JsonNode document) {
    Map<String, JsonNode> services = new LinkedHashMap<>();
    JsonNode list =
        document.isObject() && document.has("contents") ? document.get("contents") : document;
    String base = list == document ? "" : "/contents";
    if (list.isArray()) {
      for (int i = 0; i < list.size(); i++) {
        services.put(base + "/" + i, list.get(i));
      }
    } else if (list.isObject()) {
      services.put("", list);
    }
    return services;
  }

  private String line(String base, HsdsIssue issue) {
    return input
        + ": "
        + (issue.severity() == Severity.INFO ? "NOTE" : issue.severity().name())
        + " "
        + issue.code()
        + " at \""
        + base
        + issue.pointer()
        + "\": "
        + issue.message();
  }

  private int notImported(PrintWriter err, Language language, int errors) {
    err.println("communitygov: " + CliMessages.format(language, "hsds.notImported", input, errors));
    return ExitCodes.INVALID;
  }

  private OffsetDateTime issued() {
    if (issuedAt == null) {
      return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }
    try {
      return OffsetDateTime.parse(issuedAt);
    } catch (DateTimeParseException e) {
      throw new ParameterException(
          spec.commandLine(), "--issued-at must be an RFC 3339 date-time with an offset");
    }
  }
}
