package org.communitygov.rules.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.communitygov.model.common.CitizenId;
import org.communitygov.model.common.CommunityGovException;
import org.communitygov.model.common.PhoneNumber;
import org.communitygov.model.volunteer.CertificateIssuer;
import org.communitygov.model.volunteer.CertificateNumber;
import org.communitygov.model.volunteer.CertifiedService;
import org.communitygov.model.volunteer.OrganisationId;
import org.communitygov.model.volunteer.RecordProof;
import org.communitygov.model.volunteer.ServiceCertificate;
import org.communitygov.model.volunteer.ServiceRecord;
import org.communitygov.model.volunteer.ServiceRecordId;
import org.communitygov.model.volunteer.VerificationDigest;
import org.communitygov.model.volunteer.Volunteer;
import org.communitygov.model.volunteer.VolunteerId;
import org.communitygov.model.volunteer.VolunteerStatus;
import org.communitygov.rules.ledger.ProofVerifier;
import org.communitygov.rules.ledger.TreeHead;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CertificatesTest {
  static final OrganisationId RC = OrganisationId.of("ORG-RC");
  static final OrganisationId SW = OrganisationId.of("ORG-SW");
  static final LocalDate ISSUED = LocalDate.of(2026, 12, 1);

  static ServiceRecord record(int n, String volunteer, OrganisationId organiser, int day) {
    return ServiceRecord.builder()
        .id(ServiceRecordId.of("SR-" + n))
        .volunteer(VolunteerId.of(volunteer))
        .activity("助老服务")
        .organiser(organiser)
        .date(LocalDate.of(2026, 1, 1).plusDays(day))
        .start(LocalTime.of(9, 0))
        .end(LocalTime.of(11, 0))
        .place("和平里")
        .content("上门探访")
        .hours(new BigDecimal("1.75"))
        .recordedBy("李红")
        .build();
  }

  /** 30 records of three volunteers with two organisers, from a fixed seed. */
  static List<ServiceRecord> records() {
    Random random = new Random(20261202L);
    List<ServiceRecord> records = new ArrayList<>();
    for (int n = 1; n <= 30; n++) {
      records.add(
          record(n, "V-00" + (1 + random.nextInt(3)), random.nextBoolean() ? RC : SW, n * 7));
    }
    return records;
  }

  static Volunteer volunteer() {
    return Volunteer.builder()
        .id(VolunteerId.of("V-001"))
        .name("王秀英")
        .citizenId(CitizenId.parse("11010519491231002X"))
        .registeredBy(RC)
        .registeredOn(LocalDate.of(2025, 1, 1))
        .status(VolunteerStatus.ACTIVE)
        .build();
  }

  static CertificateIssuer issuer(OrganisationId organisation) {
    return CertificateIssuer.builder()
        .organisation(organisation)
        .name("和平里社区居民委员会")
        .responsiblePerson("张建国")
        .handler("李红")
        .contact(PhoneNumber.parse("010-64200001"))
        .build();
  }

  static Certificates.Issued issue(OrganisationId issuer, List<ServiceRecord> requested) {
    return issue(volunteer(), issuer, requested, records());
  }

  /** A certificate HPL-1 for 2026-01-01 to 2026-11-30 over the requested records. */
  static Certificates.Issued issue(
      Volunteer volunteer,
      OrganisationId issuer,
      List<ServiceRecord> requested,
      List<ServiceRecord> organiserRecords) {
    return Certificates.issue(
        new Certificates.Request(
            volunteer,
            issuer(issuer),
            CertificateNumber.of("HPL-1"),
            ISSUED,
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 11, 30),
            requested),
        organiserRecords);
  }

  static List<ServiceRecord> own(OrganisationId organiser) {
    return records().stream()
        .filter(r -> r.volunteer().value().equals("V-001") && r.organiser().equals(organiser))
        .toList();
  }

  @Nested
  class AnIssuedCertificate {
    @Test
    void statesTheOwnRecordsAndTheirTotal() {
      List<ServiceRecord> own = own(RC);
      assertThat(own).hasSizeGreaterThanOrEqualTo(3);
      ServiceCertificate c = issue(RC, own).certificate().orElseThrow();
      assertThat(c.services())
          .extracting(CertifiedService::record)
          .containsExactlyElementsOf(own.stream().map(ServiceRecord::id).toList());
      assertThat(c.totalHours())
          .isEqualByComparingTo(new BigDecimal("1.75").multiply(BigDecimal.valueOf(own.size())));
    }

    @Test
    void verifiesAgainstTheOrganisersPublishedHead() {
      ServiceCertificate c = issue(RC, own(RC)).certificate().orElseThrow();
      VerificationDigest d = c.digest().orElseThrow();
      TreeHead published =
          HoursLedger.of(
                  RC, records(), ISSUED.atStartOfDay().toInstant(java.time.ZoneOffset.ofHours(8)))
              .head();
      assertThat(published.rootHex()).isEqualTo(d.rootHash());
      for (int i = 0; i < c.services().size(); i++) {
        RecordProof p = d.proofs().get(i);
        assertThat(ProofVerifier.verify(HoursLedger.inclusionProof(d, p), published)).isTrue();
        assertThat(HoursLedger.verify(c.volunteer(), c.services().get(i), d, p, published))
            .isEmpty();
      }
    }

    @Test
    void failsToVerifyWhenAnHourOrTheEntryIsChanged() {
      ServiceCertificate c = issue(RC, own(RC)).certificate().orElseThrow();
      VerificationDigest d = c.digest().orElseThrow();
      TreeHead head = HoursLedger.head(d);
      CertifiedService first = c.services().get(0);
      CertifiedService inflated =
          CertifiedService.builder().from(first).hours(new BigDecimal("8.00")).build();
      assertThat(HoursLedger.verify(c.volunteer(), inflated, d, d.proofs().get(0), head))
          .contains("entry: not the transaction of the certified record");
      RecordProof forged =
          RecordProof.builder()
              .from(d.proofs().get(0))
              .entry(HoursLedger.transactionJson(c.volunteer(), inflated))
              .build();
      assertThat(HoursLedger.verify(c.volunteer(), inflated, d, forged, head))
          .contains("leafHash: not the hash of the entry");
      TreeHead other = TreeHead.of(head.size(), new byte[32], head.time());
      assertThat(HoursLedger.verify(c.volunteer(), first, d, d.proofs().get(0), other))
          .contains("proof: does not lead to the published head");
    }

    @Test
    void writesEveryLineInEitherLanguage() {
      ServiceCertificate c = issue(RC, own(RC)).certificate().orElseThrow();
      String total = c.totalHours().setScale(2).toPlainString();
      CertifiedService s = c.services().get(0);
      // Every record of the fixture is 助老服务, 上门探访, 1.75 hours: the line as a reader sees it.
      String service = String.format("  %s  %s  助老服务：上门探访  1.75", s.date(), s.record());

      List<String> zh = CertificateText.of(Locale.SIMPLIFIED_CHINESE).render(c).lines().toList();
      assertThat(zh).hasSize(5 + c.services().size() + (c.digest().isPresent() ? 1 : 0));
      assertThat(zh.get(0)).isEqualTo("志愿服务证明 编号 " + c.number());
      assertThat(zh.get(1)).isEqualTo("志愿者：王**　居民身份证号码：110105********002X　志愿者编号：" + c.volunteer());
      assertThat(zh.get(2))
          .isEqualTo("期间：" + c.firstDay() + " 至 " + c.lastDay() + "　服务时长合计：" + total + " 小时");
      assertThat(zh.get(3)).isEqualTo(service + " 小时");
      assertThat(zh.get(3 + c.services().size())).startsWith("出具单位：" + c.issuer().name() + "　负责人：");
      assertThat(zh.get(4 + c.services().size())).isEqualTo("出具日期：" + c.issuedOn());

      List<String> en = CertificateText.of(Locale.ENGLISH).render(c).lines().toList();
      assertThat(en.get(0)).isEqualTo("Volunteer service certificate No. " + c.number());
      assertThat(en.get(1))
          .isEqualTo(
              "Volunteer: 王**, citizen ID 110105********002X, volunteer number " + c.volunteer());
      assertThat(en.get(2))
          .isEqualTo(
              "Period: " + c.firstDay() + " to " + c.lastDay() + ", total " + total + " hours");
      assertThat(en.get(3)).isEqualTo(service + " h");
      assertThat(en.get(3 + c.services().size()))
          .startsWith("Issuer: " + c.issuer().name() + ", responsible person ")
          .endsWith(", contact 010-****0001");
      assertThat(en.get(4 + c.services().size())).isEqualTo("Issued on: " + c.issuedOn());
      c.digest()
          .ifPresent(
              d -> {
                assertThat(zh.get(zh.size() - 1))
                    .startsWith("验证：账本 " + d.ledger() + "，" + d.treeSize() + " 条，根哈希 ");
                assertThat(en.get(en.size() - 1))
                    .isEqualTo(
                        "Verify: ledger "
                            + d.ledger()
                            + ", "
                            + d.treeSize()
                            + " entries, root "
                            + d.rootHash()
                            + ", "
                            + d.headTime());
              });
    }

    @Test
    void showsTheIdentityMaskedUnlessRevealed() {
      ServiceCertificate c = issue(RC, own(RC)).certificate().orElseThrow();
      String zh = CertificateText.of(Locale.SIMPLIFIED_CHINESE).render(c);
      assertThat(zh).contains("王**", "110105********002X", "010-****0001").doesNotContain("王秀英");
      String revealed = CertificateText.of(Locale.ENGLISH).revealing().render(c);
      assertThat(revealed).contains("王秀英", "11010519491231002X", "010-64200001");
    }
  }

  @Nested
  class WhatACertificateLeavesOut {
    @Test
    void aRecordOfZeroHoursIsNeitherListedNorCounted() {
      ServiceRecord zero =
          ServiceRecord.builder().from(record(99, "V-001", RC, 300)).hours(BigDecimal.ZERO).build();
      List<ServiceRecord> requested = new ArrayList<>(own(RC));
      requested.add(zero);
      List<ServiceRecord> organiser = new ArrayList<>(records());
      organiser.add(zero);

      ServiceCertificate c =
          issue(volunteer(), RC, requested, organiser).certificate().orElseThrow();

      assertThat(c.services())
          .extracting(CertifiedService::record)
          .containsExactlyElementsOf(own(RC).stream().map(ServiceRecord::id).toList());
      assertThat(c.totalHours())
          .isEqualByComparingTo(issue(RC, own(RC)).certificate().orElseThrow().totalHours());
      assertThat(c.digest().orElseThrow().proofs()).hasSize(own(RC).size());
    }

    @Test
    void aVolunteerWithoutACitizenIdIsWrittenAsNoneInEitherLanguage() {
      Volunteer noId =
          Volunteer.builder()
              .id(VolunteerId.of("V-001"))
              .name("王秀英")
              .registeredBy(RC)
              .registeredOn(LocalDate.of(2025, 1, 1))
              .status(VolunteerStatus.ACTIVE)
              .build();
      ServiceCertificate c = issue(noId, RC, own(RC), records()).certificate().orElseThrow();

      assertThat(
              CertificateText.of(Locale.SIMPLIFIED_CHINESE).render(c).lines().skip(1).findFirst())
          .contains("志愿者：王**　居民身份证号码：无　志愿者编号：V-001");
      assertThat(
              CertificateText.of(Locale.ENGLISH).revealing().render(c).lines().skip(1).findFirst())
          .contains("Volunteer: 王秀英, citizen ID none, volunteer number V-001");
    }
  }

  @Nested
  class ARefusal {
    @Test
    void issuesNothingForARecordOfAnotherOrganiser() {
      List<ServiceRecord> mixed = new ArrayList<>(own(RC));
      mixed.add(own(SW).get(0));
      Certificates.Issued issued = issue(RC, mixed);
      assertThat(issued.certificate()).isEmpty();
      assertThat(issued.decision().outcomeOrThrow().reason())
          .contains("certificate.otherOrganiser");
    }

    @Test
    void aLedgerOfTwoRecordsWithOneIdIsRefusedWithTheLedgersCode() {
      List<ServiceRecord> twice = new ArrayList<>(own(RC));
      twice.add(ServiceRecord.builder().from(twice.get(0)).hours(BigDecimal.ONE).build());
      assertThatThrownBy(
              () ->
                  HoursLedger.of(
                      RC, twice, ISSUED.atStartOfDay().toInstant(java.time.ZoneOffset.UTC)))
          .isInstanceOf(CommunityGovException.class)
          .extracting(e -> ((CommunityGovException) e).code())
          .asString()
          .startsWith("volunteer.ledger.exists_with_different");
    }
  }
}
