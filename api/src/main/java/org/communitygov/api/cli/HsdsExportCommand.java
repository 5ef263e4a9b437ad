package org.communitygov.api.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import org.communitygov.api.exchange.ExchangeValidator;
import org.communitygov.api.exchange.RecordKind;
import org.communitygov.api.exchange.ValidationReport;
import org.communitygov.api.hsds.HsdsExport;
import org.communitygov.model.service.Service;
import org.communitygov.model.service.ServiceCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code communitygov hsds export}: reads a {@code SERVICES} document (envelope or NDJSON) and
 * writes one HSDS 3.0 JSON document, the list of its services, each with its organisation,
 * locations and the rest nested as the specification's {@code service_full} example. A document
 * with errors is reported on standard error as {@code validate} reports it, and nothing is written.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the services of a SERVICES document (envelope or NDJSON) as one HSDS 3.0 JSON",
      "document: a list of services, each with its organization and locations nested."
    })
final class HsdsExportCommand extends HsdsCommand.Base {
  private static final ExchangeValidator SERVICES =
      ExchangeValidator.builder().expectedKind(RecordKind.SERVICES).build();

  @Parameters(paramLabel = "FILE", description = "The SERVICES document; - reads standard input.")
  private String input = "";

  HsdsExportCommand(CliEnvironment environment) {
    super(environment);
  }

  @Override
  int run(PrintWriter err, Language language) throws UnreadableInput {
    byte[] bytes = read(input);
    ValidationReport report;
    ServiceCatalogue catalogue;
    try {
      report =
          "-".equals(input)
              ? SERVICES.validate(new ByteArrayInputStream(bytes))
              : SERVICES.validate(InputFiles.path(input));
      if (!report.issues().isEmpty()) {
        err.print(report.toText(language.locale()));
      }
      if (!report.isValid()) {
        err.println("communitygov: " + CliMessages.format(language, "hsds.notValid", input));
        return ExitCodes.INVALID;
      }
      catalogue = ServicesDocument.read(bytes, report.format());
    } catch (IOException e) {
      throw new UnreadableInput(input, e);
    }
    ArrayNode services = JsonNodeFactory.instance.arrayNode();
    for (Service service : catalogue.services()) {
      services.add(HsdsExport.service(service, catalogue));
    }
    return write(ServicesDocument.text(services), err, language);
  }
}
