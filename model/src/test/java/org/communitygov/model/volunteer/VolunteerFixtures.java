package org.communitygov.model.volunteer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import org.communitygov.model.common.CitizenId;
import org.communitygov.model.common.PhoneNumber;

/** Small volunteer values for the tests of this package. */
final class VolunteerFixtures {
  static final OrganisationId COMMITTEE = OrganisationId.of("ORG-HPL-RC");
  static final LocalDate DAY = LocalDate.of(2026, 3, 7);

  private VolunteerFixtures() {}

  static ServiceRecord record(String id, String start, String end, String hours) {
    return ServiceRecord.builder()
        .id(ServiceRecordId.of(id))
        .volunteer(VolunteerId.of("V-001"))
        .activity("助老陪诊")
        .organiser(COMMITTEE)
        .date(DAY)
        .start(LocalTime.parse(start))
        .end(LocalTime.parse(end))
        .place("和平里社区卫生服务中心")
        .content("陪同老人就诊")
        .hours(new BigDecimal(hours))
        .recordedBy("社工李红")
        .build();
  }

  static Volunteer volunteer() {
    return Volunteer.builder()
        .id(VolunteerId.of("V-001"))
        .name("王秀英")
        .citizenId(CitizenId.parse("11010519491231002X"))
        .phone(PhoneNumber.parse("13812345678"))
        .registeredBy(COMMITTEE)
        .registeredOn(LocalDate.of(2024, 5, 4))
        .status(VolunteerStatus.ACTIVE)
        .addSkill("陪诊")
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
}
