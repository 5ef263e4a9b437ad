package org.communitygov.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.communitygov.api.json.GoldenCases.Case;
import org.communitygov.model.common.CitizenId;
import org.communitygov.model.common.PhoneNumber;
import org.communitygov.model.household.PersonId;
import org.communitygov.model.volunteer.AvailableTime;
import org.communitygov.model.volunteer.Award;
import org.communitygov.model.volunteer.CertificateIssuer;
import org.communitygov.model.volunteer.CertificateNumber;
import org.communitygov.model.volunteer.CertifiedService;
import org.communitygov.model.volunteer.Evaluation;
import org.communitygov.model.volunteer.EvaluationId;
import org.communitygov.model.volunteer.OrganisationId;
import org.communitygov.model.volunteer.RecordProof;
import org.communitygov.model.volunteer.ServiceCertificate;
import org.communitygov.model.volunteer.ServiceRecord;
import org.communitygov.model.volunteer.ServiceRecordId;
import org.communitygov.model.volunteer.TrainingRecord;
import org.communitygov.model.volunteer.VerificationDigest;
import org.communitygov.model.volunteer.Volunteer;
import org.communitygov.model.volunteer.VolunteerId;
import org.communitygov.model.volunteer.VolunteerStatus;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Pins the wire format of the volunteer types ({@code model.volunteer}) as {@link
 * ServiceGoldenJsonTest} does for the services, with golden files in {@code
 * src/test/resources/golden-volunteer/}. Rewrite after an intended change with {@code
 * -Dgolden.update=true}.
 */
class VolunteerGoldenJsonTest {
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden-volunteer");
  static final OrganisationId COMMITTEE = OrganisationId.of("ORG-HPL-RC");
  static final String HASH = "5e0c1f3b9a4d7e2c8b6a0f1d3c5e7a9b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c";

  final JsonMapper json = CommunityGovMappers.strict();

  static Volunteer volunteer() {
    return Volunteer.builder()
        .id(VolunteerId.of("V-001"))
        .person(PersonId.of("P0001"))
        .name("王秀英")
        .citizenId(CitizenId.parse("11010519491231002X"))
        .phone(PhoneNumber.parse("13812345678"))
        .registeredBy(COMMITTEE)
        .registeredOn(LocalDate.of(2024, 5, 4))
        .status(VolunteerStatus.ACTIVE)
        .addSkills("陪诊", "理发")
        .addAvailableTime(availableTime())
        .build();
  }

  static AvailableTime availableTime() {
    return AvailableTime.of(
        Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), LocalTime.of(9, 0), LocalTime.of(11, 30));
  }

  static ServiceRecord record() {
    return ServiceRecord.builder()
        .id(ServiceRecordId.of("SR-2026-0001"))
        .volunteer(VolunteerId.of("V-001"))
        .activity("助老陪诊")
        .organiser(COMMITTEE)
        .date(LocalDate.of(2026, 3, 7))
        .start(LocalTime.of(9, 0))
        .end(LocalTime.of(11, 30))
        .place("和平里社区卫生服务中心")
        .content("陪同独居老人就诊、取药")
        .hours(new BigDecimal("2.50"))
        .recordedBy("社工李红")
        .build();
  }

  static CertificateIssuer issuer() {
    return CertificateIssuer.builder()
        .organisation(COMMITTEE)
        .name("和平里社区居民委员会")
        .responsiblePerson("张建国")
        .handler("李红")
        .contact(PhoneNumber.parse("010-64200001"))
        .build();
  }

  static RecordProof proof() {
    return RecordProof.builder()
        .record(ServiceRecordId.of("SR-2026-0001"))
        .entry("{\"id\":\"SR-2026-0001\",\"kind\":\"transaction\"}")
        .index(3)
        .leafHash(HASH)
        .addPath(HASH.replace('5', '6'), HASH.replace('5', '7'))
        .build();
  }

  static VerificationDigest digest() {
    return VerificationDigest.builder()
        .ledger("ORG-HPL-RC-hours")
        .treeSize(12)
        .rootHash(HASH.replace('a', 'b'))
        .headTime(Instant.parse("2026-12-01T00:00:00Z"))
        .addProof(proof())
        .build();
  }

  static ServiceCertificate certificate() {
    return ServiceCertificate.builder()
        .number(CertificateNumber.of("HPL-2026-0001"))
        .issuedOn(LocalDate.of(2026, 12, 1))
        .volunteer(VolunteerId.of("V-001"))
        .volunteerName("王秀英")
        .citizenId(CitizenId.parse("11010519491231002X"))
        .firstDay(LocalDate.of(2026, 1, 1))
        .lastDay(LocalDate.of(2026, 11, 30))
        .addService(CertifiedService.from(record()))
        .totalHours(new BigDecimal("2.50"))
        .issuer(issuer())
        .digest(digest())
        .build();
  }

  static List<Case> cases() {
    return List.of(
        new Case("volunteer-id", VolunteerId.class, VolunteerId.of("V-001")),
        new Case("organisation-id", OrganisationId.class, COMMITTEE),
        new Case("service-record-id", ServiceRecordId.class, ServiceRecordId.of("SR-2026-0001")),
        new Case("evaluation-id", EvaluationId.class, EvaluationId.of("EV-2026-0001")),
        new Case(
            "certificate-number", CertificateNumber.class, CertificateNumber.of("HPL-2026-0001")),
        new Case("available-time", AvailableTime.class, availableTime()),
        new Case("volunteer", Volunteer.class, volunteer()),
        new Case("service-record", ServiceRecord.class, record()),
        new Case(
            "service-record-group",
            ServiceRecord.class,
            ServiceRecord.builder().from(record()).group("和平里党员志愿服务队").build()),
        new Case(
            "training-record",
            TrainingRecord.class,
            TrainingRecord.builder()
                .volunteer(VolunteerId.of("V-001"))
                .course("老年人急救常识")
                .organiser(COMMITTEE)
                .date(LocalDate.of(2026, 4, 11))
                .hours(new BigDecimal("3.00"))
                .build()),
        new Case(
            "award",
            Award.class,
            Award.builder()
                .volunteer(VolunteerId.of("V-001"))
                .award("优秀志愿者")
                .grantor("和平里街道办事处")
                .date(LocalDate.of(2026, 12, 5))
                .build()),
        new Case(
            "evaluation",
            Evaluation.class,
            Evaluation.builder()
                .volunteer(VolunteerId.of("V-001"))
                .record(ServiceRecordId.of("SR-2026-0001"))
                .evaluator("受助老人")
                .rating(5)
                .date(LocalDate.of(2026, 3, 8))
                .comment("很耐心")
                .build()),
        new Case(
            "evaluation-identified",
            Evaluation.class,
            Evaluation.builder()
                .id(EvaluationId.of("EV-2026-0001"))
                .volunteer(VolunteerId.of("V-001"))
                .evaluator("和平里志愿服务队")
                .rating(4)
                .date(LocalDate.of(2026, 3, 8))
                .build()),
        new Case("certificate-issuer", CertificateIssuer.class, issuer()),
        new Case("certified-service", CertifiedService.class, CertifiedService.from(record())),
        new Case("record-proof", RecordProof.class, proof()),
        new Case("verification-digest", VerificationDigest.class, digest()),
        new Case("service-certificate", ServiceCertificate.class, certificate()));
  }

  @TestFactory
  Stream<DynamicContainer> everyVolunteerTypeMatchesItsGoldenFile() {
    return GoldenCases.matchTheirFiles(GOLDEN, cases(), json);
  }

  @Test
  void everyEnumConstantMatchesTheGoldenFile() throws IOException {
    ObjectNode codes = json.createObjectNode();
    codes.set("VolunteerStatus", json.valueToTree(VolunteerStatus.values()));
    new ServiceGoldenJsonTest().writesAsGolden(GOLDEN.resolve("enums.json"), codes);
  }

  @Test
  void everyGoldenFileHasACase() throws IOException {
    GoldenCases.haveEveryFile(GOLDEN, cases());
  }

  @Test
  void keepsIdentityAndContactOutOfToString() {
    assertThat(volunteer().toString()).doesNotContain("1101051949", "12345678", "王秀英");
    assertThat(certificate().toString()).doesNotContain("1101051949", "64200001");
  }
}
