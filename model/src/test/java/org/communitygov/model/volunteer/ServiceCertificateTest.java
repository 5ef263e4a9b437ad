package org.communitygov.model.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.model.common.InvalidValues.assertInvalid;
import static org.communitygov.model.volunteer.VolunteerFixtures.record;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.communitygov.model.common.CitizenId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ServiceCertificateTest {
  static final String HASH = "0".repeat(63) + "1";

  static ServiceCertificate certificate() {
    return ServiceCertificate.builder()
        .number(CertificateNumber.of("HPL-2026-0001"))
        .issuedOn(LocalDate.of(2026, 12, 1))
        .volunteer(VolunteerId.of("V-001"))
        .volunteerName("王秀英")
        .citizenId(CitizenId.parse("11010519491231002X"))
        .firstDay(LocalDate.of(2026, 1, 1))
        .lastDay(LocalDate.of(2026, 11, 30))
        .addService(CertifiedService.from(record("SR-1", "09:00", "11:30", "2.50")))
        .addService(CertifiedService.from(record("SR-2", "14:00", "16:00", "2")))
        .totalHours(new BigDecimal("4.50"))
        .issuer(VolunteerFixtures.issuer())
        .build();
  }

  static ServiceCertificate with(
      java.util.function.UnaryOperator<ImmutableServiceCertificate.Builder> change) {
    return change.apply(ServiceCertificate.builder().from(certificate())).build();
  }

  static RecordProof proof(String record) {
    return RecordProof.builder()
        .record(ServiceRecordId.of(record))
        .entry("{}")
        .index(0)
        .leafHash(HASH)
        .build();
  }

  @Test
  void keepsTheCitizenIdAndTheContactOutOfToString() {
    assertThat(certificate().toString())
        .contains("HPL-2026-0001", "V-001", "4.50")
        .doesNotContain("1101051949", "王秀英");
    assertThat(VolunteerFixtures.issuer().toString()).doesNotContain("64200001");
    assertThat(VolunteerFixtures.volunteer().toString())
        .doesNotContain("1101051949", "12345678", "王秀英");
  }

  @Nested
  class ItsInvariants {
    @Test
    void theTotalIsTheSumOfTheServices() {
      assertInvalid(
          "certificate.totalHours", () -> with(b -> b.totalHours(new BigDecimal("4.51"))));
    }

    @Test
    void everyServiceIsInsideThePeriodAndCertifiedOnce() {
      assertInvalid(
          "certificate.outsidePeriod", () -> with(b -> b.firstDay(LocalDate.of(2026, 3, 8))));
      assertInvalid(
          "certificate.outsidePeriod", () -> with(b -> b.lastDay(LocalDate.of(2026, 3, 6))));
      assertInvalid(
          "certificate.duplicateRecord",
          () ->
              with(
                  b ->
                      b.services(
                          List.of(
                              CertifiedService.from(record("SR-1", "09:00", "11:30", "2.50")),
                              CertifiedService.from(record("SR-1", "14:00", "16:00", "2"))))));
    }

    @Test
    void isIssuedAfterItsPeriod() {
      assertInvalid(
          "certificate.issuedBeforePeriodEnd",
          () -> with(b -> b.issuedOn(LocalDate.of(2026, 11, 29))));
      assertThat(with(b -> b.issuedOn(LocalDate.of(2026, 11, 30))).issuedOn())
          .isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void aDigestProvesExactlyTheCertifiedRecords() {
      VerificationDigest both =
          VerificationDigest.builder()
              .ledger("hours")
              .treeSize(2)
              .rootHash(HASH)
              .headTime(Instant.parse("2026-12-01T00:00:00Z"))
              .addProofs(proof("SR-1"), proof("SR-2"))
              .build();
      assertThat(with(b -> b.digest(both)).digest()).contains(both);
      assertInvalid(
          "certificate.digestRecords",
          () ->
              with(
                  b ->
                      b.digest(
                          VerificationDigest.builder()
                              .from(both)
                              .proofs(List.of(proof("SR-1")))
                              .build())));
      assertInvalid(
          "certificate.digestRecords",
          () ->
              with(
                  b ->
                      b.digest(
                          VerificationDigest.builder()
                              .from(both)
                              .proofs(List.of(proof("SR-2"), proof("SR-1")))
                              .build())));
      assertInvalid(
          "verificationDigest.index",
          () -> VerificationDigest.builder().from(both).treeSize(0).build());
    }
  }
}
