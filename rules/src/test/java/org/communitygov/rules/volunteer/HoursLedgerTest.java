package org.communitygov.rules.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.rules.volunteer.CertificatesTest.ISSUED;
import static org.communitygov.rules.volunteer.CertificatesTest.RC;
import static org.communitygov.rules.volunteer.CertificatesTest.record;
import static org.communitygov.rules.volunteer.CertificatesTest.records;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.communitygov.model.volunteer.OrganisationId;
import org.communitygov.model.volunteer.ServiceRecord;
import org.communitygov.model.volunteer.ServiceRecordId;
import org.communitygov.rules.ledger.Ledger;
import org.communitygov.rules.ledger.TreeHead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HoursLedgerTest {
  static final Instant HEAD = ISSUED.atStartOfDay().toInstant(ZoneOffset.ofHours(8));

  static TreeHead head(List<ServiceRecord> records) {
    return HoursLedger.of(RC, records, HEAD).head();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 20261202L, 4242L})
  void theSameRecordsInAnyOrderGiveTheSameHead(long seed) {
    System.out.println("HoursLedgerTest seed " + seed);
    List<ServiceRecord> shuffled = new ArrayList<>(records());
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(shuffled).isNotEqualTo(records());

    assertThat(head(shuffled).rootHex()).isEqualTo(head(records()).rootHex());
  }

  @Test
  void recordsOfOneDayAndStartArePostedInTheOrderOfTheirIds() {
    ServiceRecord a = record(101, "V-001", RC, 3);
    ServiceRecord b =
        ServiceRecord.builder()
            .from(record(102, "V-002", RC, 3))
            .id(ServiceRecordId.of("SR-0"))
            .build();

    Ledger ledger = HoursLedger.of(RC, List.of(a, b), HEAD);

    assertThat(HoursLedger.of(RC, List.of(b, a), HEAD).head().rootHex())
        .isEqualTo(ledger.head().rootHex());
    assertThat(ledger.entries().subList(3, 5))
        .extracting(e -> e.key())
        .containsExactly("SR-0", "SR-101");
  }

  @Test
  void leavesOutRecordsOfZeroHoursAndOfOtherOrganisers() {
    List<ServiceRecord> own = records().stream().filter(r -> r.organiser().equals(RC)).toList();
    List<ServiceRecord> more = new ArrayList<>(records());
    more.add(
        ServiceRecord.builder().from(record(99, "V-001", RC, 400)).hours(BigDecimal.ZERO).build());

    TreeHead head = head(more);

    assertThat(head.rootHex()).isEqualTo(head(records()).rootHex());
    long volunteers = own.stream().map(ServiceRecord::volunteer).distinct().count();
    assertThat(head.size()).isEqualTo(1 + volunteers + own.size());
  }

  @Test
  void isEmptyForAnOrganiserWithoutRecords() {
    Ledger ledger = HoursLedger.of(OrganisationId.of("ORG-NONE"), records(), HEAD);

    assertThat(ledger.head().size()).isZero();
    assertThat(ledger.entries()).isEmpty();
    assertThat(HoursLedger.id(OrganisationId.of("ORG-NONE")).value()).isEqualTo("ORG-NONE-hours");
  }
}
