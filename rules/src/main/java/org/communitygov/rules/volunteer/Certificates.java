package org.communitygov.rules.volunteer;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communitygov.model.volunteer.CertificateIssuer;
import org.communitygov.model.volunteer.CertificateNumber;
import org.communitygov.model.volunteer.CertifiedService;
import org.communitygov.model.volunteer.ServiceCertificate;
import org.communitygov.model.volunteer.ServiceRecord;
import org.communitygov.model.volunteer.Volunteer;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Jurisdiction;
import org.communitygov.rules.engine.ParameterSet;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.ledger.Ledger;

/**
 * Issues service certificates (志愿服务证明): decides with {@link CertificateIssuing}, and when the
 * decision is {@code ISSUED}, makes the certificate with the digest of the records on the issuer's
 * {@link HoursLedger}.
 *
 * @since 0.1.0
 */
public final class Certificates {
  private Certificates() {}

  /**
   * What was asked: the volunteer, the issuer, the certificate's number and date, the period and
   * the records to certify.
   *
   * @param volunteer the volunteer's registration
   * @param issuer the issuer
   * @param number the certificate number
   * @param issuedOn the date of issue
   * @param firstDay the first day of the period
   * @param lastDay the last day of the period
   * @param records the records to certify
   * @since 0.1.0
   */
  public record Request(
      Volunteer volunteer,
      CertificateIssuer issuer,
      CertificateNumber number,
      LocalDate issuedOn,
      LocalDate firstDay,
      LocalDate lastDay,
      List<ServiceRecord> records) {
    /** Checks the components and copies the list. */
    public Request {
      Objects.requireNonNull(volunteer, "volunteer");
      Objects.requireNonNull(issuer, "issuer");
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(issuedOn, "issuedOn");
      Objects.requireNonNull(firstDay, "firstDay");
      Objects.requireNonNull(lastDay, "lastDay");
      records = List.copyOf(records);
    }
  }

  /**
   * The decision and, when issued, the certificate.
   *
   * @param decision the decision of {@link CertificateIssuing}
   * @param certificate the certificate, when the decision is {@code ISSUED}
   * @since 0.1.0
   */
  public record Issued(
      Decision<RecordsOutcome> decision, Optional<ServiceCertificate> certificate) {}

  /**
   * Decides and issues.
   *
   * @param request the request, not null
   * @param organiserRecords every record of the issuer, which make its hours ledger, not null
   * @return the decision and the certificate, not null
   * @throws org.communitygov.model.common.CommunityGovException {@code volunteer.ledger.*} if the
   *     issuer's records cannot make a ledger
   */
  public static Issued issue(Request request, List<ServiceRecord> organiserRecords) {
    RuleContext context =
        RuleContext.of(ParameterSet.empty(), Jurisdiction.national(), request.issuedOn());
    Decision<RecordsOutcome> decision =
        CertificateIssuing.rule()
            .evaluate(
                CertificateIssuing.Request.of(
                    request.issuer().organisation(),
                    request.volunteer().id(),
                    request.firstDay(),
                    request.lastDay(),
                    request.records()),
                context);
    if (decision.outcome().map(RecordsOutcome::isRefused).orElse(true)) {
      return new Issued(decision, Optional.empty());
    }
    List<CertifiedService> services =
        request.records().stream()
            .filter(r -> r.hours().signum() > 0)
            .sorted(
                Comparator.comparing(ServiceRecord::date)
                    .thenComparing(ServiceRecord::start)
                    .thenComparing(r -> r.id().value()))
            .map(CertifiedService::from)
            .toList();
    Ledger ledger =
        HoursLedger.of(
            request.issuer().organisation(),
            organiserRecords,
            request.issuedOn().atTime(LocalTime.MIDNIGHT).toInstant(ZoneOffset.ofHours(8)));
    ServiceCertificate certificate =
        ServiceCertificate.builder()
            .number(request.number())
            .issuedOn(request.issuedOn())
            .volunteer(request.volunteer().id())
            .volunteerName(request.volunteer().name())
            .citizenId(request.volunteer().citizenId())
            .firstDay(request.firstDay())
            .lastDay(request.lastDay())
            .services(services)
            .totalHours(RecordChecks.sum(request.records()))
            .issuer(request.issuer())
            .digest(HoursLedger.digest(request.issuer().organisation(), ledger, services))
            .build();
    return new Issued(decision, Optional.of(certificate));
  }
}
