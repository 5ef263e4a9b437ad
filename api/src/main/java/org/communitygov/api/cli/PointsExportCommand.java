package org.communitygov.api.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.communitygov.api.exchange.ExchangeHeader;
import org.communitygov.api.exchange.ExchangeVersion;
import org.communitygov.api.exchange.Issuer;
import org.communitygov.api.exchange.RecordKind;
import org.communitygov.api.json.CommunityGovMappers;
import org.communitygov.model.common.CommunityGovException;
import org.communitygov.model.points.PointsEntry;
import org.communitygov.model.points.PointsTransaction;
import org.communitygov.rules.points.PointsBook;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code communitygov points export}: writes a scheme's journal as a {@code POINTS_TRANSACTIONS}
 * NDJSON document — the scheme with its policies, then every transaction naming the policy in force
 * on its date — which {@code communitygov validate} checks (ADR 0045).
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Writes the journal as a POINTS_TRANSACTIONS document (NDJSON).")
final class PointsExportCommand extends PointsCommand.Base {
  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The document.")
  private String out = "";

  @Option(
      names = "--issued-at",
      paramLabel = "TIME",
      description = "issuedAt, RFC 3339 with an offset (default: now).")
  private @Nullable String issuedAt;

  PointsExportCommand(CliEnvironment environment) {
    super(environment);
  }

  @Override
  int run(PointsBook book, PrintWriter printed) {
    OffsetDateTime at = issuedAt();
    ExchangeHeader header =
        ExchangeHeader.builder()
            .schema(RecordKind.POINTS_TRANSACTIONS.schemaUri(ExchangeVersion.CURRENT))
            .kind(RecordKind.POINTS_TRANSACTIONS)
            .version(ExchangeVersion.CURRENT)
            .issuer(Issuer.builder().name(book.scheme().name().zh()).build())
            .issuedAt(at)
            .build();
    List<PointsTransaction> transactions = book.transactions();
    ObjectWriter json = CommunityGovMappers.strict().writer();
    try (Writer w = Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8)) {
      w.write(json.writeValueAsString(header) + "\n");
      w.write(json.writeValueAsString(PointsEntry.of(book.scheme())) + "\n");
      for (PointsTransaction tx : transactions) {
        w.write(json.writeValueAsString(PointsEntry.of(tx)) + "\n");
      }
    } catch (IOException | InvalidPathException e) {
      throw new CommunityGovException("write.failed", out + ": cannot write the document");
    }
    printed.println(
        "POINTS_TRANSACTIONS: scheme "
            + book.scheme().id()
            + " and "
            + transactions.size()
            + " transactions written");
    return ExitCodes.DECIDED;
  }

  private OffsetDateTime issuedAt() {
    if (issuedAt == null) {
      return OffsetDateTime.now().withNano(0);
    }
    try {
      return OffsetDateTime.parse(issuedAt);
    } catch (DateTimeParseException e) {
      throw new ParameterException(
          spec.commandLine(), "--issued-at must be an RFC 3339 time with an offset");
    }
  }
}
