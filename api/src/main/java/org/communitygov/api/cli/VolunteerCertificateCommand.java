package org.communitygov.api.cli;

import com.fasterxml.jackson.core.JacksonException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communitygov.api.json.CommunityGovMappers;
import org.communitygov.model.common.CommunityGovException;
import org.communitygov.model.volunteer.CertificateIssuer;
import org.communitygov.model.volunteer.CertificateNumber;
import org.communitygov.model.volunteer.RecordProof;
import org.communitygov.model.volunteer.ServiceCertificate;
import org.communitygov.model.volunteer.ServiceRecord;
import org.communitygov.model.volunteer.VerificationDigest;
import org.communitygov.model.volunteer.Volunteer;
import org.communitygov.rules.engine.ExplanationRenderer;
import org.communitygov.rules.ledger.ProofJson;
import org.communitygov.rules.ledger.TreeHead;
import org.communitygov.rules.volunteer.CertificateText;
import org.communitygov.rules.volunteer.Certificates;
import org.communitygov.rules.volunteer.HoursLedger;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code communitygov volunteer certificate}: issues a service certificate over a volunteer's
 * records of the issuer in a period (or the records named), prints it as text or JSON, and writes
 * it with the issuer's tree head and one inclusion proof per record; refuses with the rule's code.
 */
@Command(
    name = "certificate",
    mixinStandardHelpOptions = true,
    description = "Issues a service certificate (志愿服务证明) with its verification digest.")
final class VolunteerCertificateCommand extends VolunteerCommand.OverRecords {
  @Option(
      names = "--volunteers",
      required = true,
      paramLabel = "FILE",
      description = "VOLUNTEERS document.")
  private String volunteers = "";

  @Option(
      names = "--issuers",
      required = true,
      paramLabel = "FILE",
      description = "Issuers (JSON array).")
  private String issuers = "";

  @Option(
      names = "--issuer",
      required = true,
      paramLabel = "ORG",
      description = "The issuing organisation.")
  private String issuer = "";

  @Option(
      names = "--number",
      required = true,
      paramLabel = "NUMBER",
      description = "Certificate number.")
  private String number = "";

  @Option(names = "--date", required = true, paramLabel = "DATE", description = "Date of issue.")
  private String date = "";

  @Option(
      names = "--record",
      paramLabel = "ID",
      description =
          "A record to certify; repeatable (default: the issuer's records in the period).")
  private List<String> named = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  private String format = "text";

  @Option(names = "--reveal", description = "Show the name, citizen ID and contact unmasked.")
  private boolean reveal;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Also write certificate.json, head.json and proof-<record>.json there.")
  private @Nullable String outDir;

  VolunteerCertificateCommand(CliEnvironment environment) {
    super(environment);
  }

  @Override
  int run(PrintWriter out) throws UnreadableInput {
    if (volunteer == null || from == null || to == null) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "certificate needs --volunteer, --from and --to");
    }
    LocalDate first = VolunteerFiles.day(spec, "--from", from);
    LocalDate last = VolunteerFiles.day(spec, "--to", to);
    LocalDate issued = PlaceAndDate.date(spec, date);
    List<ServiceRecord> all = VolunteerFiles.read(records, ServiceRecord.class);
    Volunteer who =
        VolunteerFiles.read(volunteers, Volunteer.class).stream()
            .filter(v -> v.id().value().equals(volunteer))
            .findFirst()
            .orElseThrow(
                () -> new CommunityGovException("volunteer.unknown", "no volunteer " + volunteer));
    CertificateIssuer by =
        VolunteerFiles.read(issuers, CertificateIssuer.class).stream()
            .filter(i -> i.organisation().value().equals(issuer))
            .findFirst()
            .orElseThrow(() -> new CommunityGovException("issuer.unknown", "no issuer " + issuer));
    List<ServiceRecord> requested =
        all.stream()
            .filter(
                r ->
                    named.isEmpty()
                        ? r.volunteer().equals(who.id())
                            && r.organiser().equals(by.organisation())
                            && !r.date().isBefore(first)
                            && !r.date().isAfter(last)
                        : named.contains(r.id().value()))
            .toList();
    List<ServiceRecord> organisers =
        all.stream().filter(r -> r.organiser().equals(by.organisation())).toList();
    Certificates.Issued result =
        Certificates.issue(
            new Certificates.Request(
                who, by, CertificateNumber.of(number), issued, first, last, requested),
            organisers);
    if (result.certificate().isEmpty()) {
      out.println(ExplanationRenderer.of(locale()).render(result.decision()).strip());
      return 1;
    }
    ServiceCertificate certificate = result.certificate().get();
    CertificateText text = CertificateText.of(locale());
    out.print(
        format.equals("json")
            ? json(certificate) + "\n"
            : (reveal ? text.revealing() : text).render(certificate));
    if (outDir != null) {
      try {
        write(Path.of(outDir), certificate);
      } catch (IOException | java.nio.file.InvalidPathException e) {
        throw new CommunityGovException("write.failed", outDir + ": cannot write the certificate");
      }
    }
    return ExitCodes.DECIDED;
  }

  private static String json(Object value) {
    try {
      return CommunityGovMappers.strict()
          .writerWithDefaultPrettyPrinter()
          .writeValueAsString(value);
    } catch (JacksonException e) {
      throw new IllegalStateException("a certificate always writes as JSON", e);
    }
  }

  static void write(Path dir, ServiceCertificate certificate) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("certificate.json"), json(certificate) + "\n", StandardCharsets.UTF_8);
    VerificationDigest digest = certificate.digest().orElseThrow();
    Files.writeString(dir.resolve("head.json"), ProofJson.write(HoursLedger.head(digest)) + "\n");
    for (RecordProof proof : digest.proofs()) {
      Files.writeString(
          dir.resolve("proof-" + proof.record().value() + ".json"),
          ProofJson.write(HoursLedger.inclusionProof(digest, proof)) + "\n");
    }
  }

  /** {@code communitygov volunteer check-certificate}: checks every record of a certificate. */
  @Command(
      name = "check-certificate",
      mixinStandardHelpOptions = true,
      description = "Checks a certificate's records against the issuer's published tree head.")
  static final class Check extends VolunteerCommand.Base {
    @Parameters(paramLabel = "CERTIFICATE", description = "The certificate (JSON).")
    private String file = "";

    @Option(
        names = "--head",
        required = true,
        paramLabel = "HEAD",
        description = "The published head.")
    private String head = "";

    Check(CliEnvironment environment) {
      super(environment);
    }

    @Override
    int run(PrintWriter out) throws UnreadableInput {
      ServiceCertificate c;
      try {
        c = CommunityGovMappers.strict().readValue(InputFiles.text(file), ServiceCertificate.class);
      } catch (JacksonException e) {
        throw InputFiles.notValid(file, "certificate", e);
      }
      TreeHead published = ProofJson.readHead(InputFiles.text(head));
      Optional<VerificationDigest> digest = c.digest();
      if (digest.isEmpty()) {
        out.println("certificate " + c.number() + " has no verification digest");
        return 1;
      }
      for (int i = 0; i < c.services().size(); i++) {
        RecordProof proof = digest.get().proofs().get(i);
        Optional<String> wrong =
            HoursLedger.verify(c.volunteer(), c.services().get(i), digest.get(), proof, published);
        if (wrong.isPresent()) {
          out.println("record " + proof.record() + ": " + wrong.get());
          return 1;
        }
      }
      out.println(
          "valid: "
              + c.services().size()
              + " records of certificate "
              + c.number()
              + " are entries of "
              + digest.get().ledger()
              + " (size "
              + published.size()
              + ", root "
              + published.rootHex()
              + ")");
      return ExitCodes.DECIDED;
    }
  }
}
