package org.communitygov.model.volunteer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communitygov.model.common.CitizenId;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.Sensitive;
import org.communitygov.model.common.SensitiveCategory;
import org.immutables.value.Value;

/**
 * A volunteer service certificate (志愿服务证明, 民政部令第67号): the volunteer's identity, the services and
 * hours over a period, the issuer with its responsible person, handler and contact, the
 * certificate's number and date, and a verification digest.
 *
 * <p>Invariants: the period's first day is not after its last ({@code certificate.period}); every
 * service is inside the period ({@code certificate.outsidePeriod}) and certified once ({@code
 * certificate.duplicateRecord}); the certificate is not issued before the period ends ({@code
 * certificate.issuedBeforePeriodEnd}); the total is the sum of the services' hours ({@code
 * certificate.totalHours}); a digest proves exactly the services' records ({@code
 * certificate.digestRecords}). Who may certify — only the organiser of every record — is a rule
 * ({@code rules.volunteer}), not an invariant.
 *
 * <p>The citizen ID is sensitive: {@code toString()} shows the number and the volunteer number
 * only.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableServiceCertificate.class)
@JsonDeserialize(as = ImmutableServiceCertificate.class)
public abstract class ServiceCertificate {
  ServiceCertificate() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableServiceCertificate.Builder builder() {
    return ImmutableServiceCertificate.builder();
  }

  /**
   * Returns the certificate's number.
   *
   * @return the number, not null
   */
  public abstract CertificateNumber number();

  /**
   * Returns the date of issue.
   *
   * @return the date, not null
   */
  public abstract LocalDate issuedOn();

  /**
   * Returns the volunteer number.
   *
   * @return the number, not null
   */
  public abstract VolunteerId volunteer();

  /**
   * Returns the volunteer's name.
   *
   * @return the name, not null
   */
  @NotBlank
  @Size(max = 50)
  public abstract String volunteerName();

  /**
   * Returns the volunteer's citizen identity number, if registered with one.
   *
   * @return the citizen ID, not null
   */
  @Sensitive(SensitiveCategory.IDENTITY_NUMBER)
  public abstract Optional<CitizenId> citizenId();

  /**
   * Returns the first day of the period certified.
   *
   * @return the date, not null
   */
  public abstract LocalDate firstDay();

  /**
   * Returns the last day of the period certified.
   *
   * @return the date, not before {@link #firstDay()}, not null
   */
  public abstract LocalDate lastDay();

  /**
   * Returns the services certified, in order of date.
   *
   * @return the services, not null
   */
  @Size(max = 10_000)
  public abstract List<@Valid CertifiedService> services();

  /**
   * Returns the hours certified: the sum of the services' hours.
   *
   * @return the hours, not null
   */
  public abstract BigDecimal totalHours();

  /**
   * Returns the issuer.
   *
   * @return the issuer, not null
   */
  @Valid
  public abstract CertificateIssuer issuer();

  /**
   * Returns the verification digest, if the records are entries of a ledger.
   *
   * @return the digest, not null
   */
  public abstract Optional<@Valid VerificationDigest> digest();

  @Value.Check
  void check() {
    if (firstDay().isAfter(lastDay())) {
      throw invalid("period", "the period's first day is not after its last", "/lastDay");
    }
    if (issuedOn().isBefore(lastDay())) {
      throw invalid(
          "issuedBeforePeriodEnd", "a certificate is issued after its period", "/issuedOn");
    }
    BigDecimal sum = BigDecimal.ZERO;
    Set<ServiceRecordId> seen = new HashSet<>();
    for (int i = 0; i < services().size(); i++) {
      CertifiedService s = services().get(i);
      if (s.date().isBefore(firstDay()) || s.date().isAfter(lastDay())) {
        throw invalid("outsidePeriod", "every service is inside the period", "/services/" + i);
      }
      if (!seen.add(s.record())) {
        throw invalid("duplicateRecord", "a record is certified once", "/services/" + i);
      }
      sum = sum.add(s.hours());
    }
    if (sum.compareTo(totalHours()) != 0) {
      throw invalid("totalHours", "the total is the sum of the services' hours", "/totalHours");
    }
    digest()
        .ifPresent(
            d -> {
              List<ServiceRecordId> proven = d.proofs().stream().map(RecordProof::record).toList();
              List<ServiceRecordId> certified =
                  services().stream().map(CertifiedService::record).toList();
              if (!proven.equals(certified)) {
                throw invalid(
                    "digestRecords",
                    "the digest proves exactly the certified records, in order",
                    "/digest/proofs");
              }
            });
  }

  private InvalidValueException invalid(String rule, String message, String pointer) {
    return InvalidValueException.of(
        "certificate", rule, message, pointer, Map.of("number", number().value()));
  }

  @Override
  public String toString() {
    return "ServiceCertificate{number="
        + number()
        + ", volunteer="
        + volunteer()
        + ", totalHours="
        + totalHours().toPlainString()
        + "}";
  }
}
