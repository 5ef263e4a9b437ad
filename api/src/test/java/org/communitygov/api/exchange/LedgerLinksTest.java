package org.communitygov.api.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.communitygov.api.json.CommunityGovMappers;
import org.communitygov.model.ledger.LedgerRecord;
import org.junit.jupiter.api.Test;

/** The links of a {@link RecordKind#LEDGER} document (ADR 0058): postings, accounts, reversals. */
class LedgerLinksTest {
  static String account(String id, String openedOn) {
    return "{\"account\":{\"id\":\""
        + id
        + "\",\"ledger\":\"tb\",\"kind\":\"MEMBER\",\"unit\":\"HOUR\",\"openedOn\":\""
        + openedOn
        + "\"}}";
  }

  static String transfer(String id, String date, String from, String to, String reverses) {
    return "{\"transaction\":{\"id\":\""
        + id
        + "\",\"bookingDate\":\""
        + date
        + "\",\"valueDate\":\""
        + date
        + "\",\"postings\":[{\"account\":\""
        + from
        + "\",\"amount\":\"-1.5\",\"unit\":\"HOUR\"},{\"account\":\""
        + to
        + "\",\"amount\":\"1.50\",\"unit\":\"HOUR\"}]"
        + (reverses == null ? "" : ",\"reverses\":\"" + reverses + "\"")
        + "}}";
  }

  static ValidationReport ledger(String... records) throws IOException {
    return Documents.validate(Documents.ndjson("LEDGER", records));
  }

  static List<String> issues(ValidationReport report) {
    return report.issues().stream()
        .map(
            i ->
                i.severity()
                    + " "
                    + i.code()
                    + " "
                    + i.pointer()
                    + " #"
                    + i.recordIndex().orElse(-1))
        .toList();
  }

  @Test
  void resolvesAPostingToAnAccountThatComesLaterAndAReversalOfAnEarlierTransaction()
      throws IOException {
    ValidationReport report =
        ledger(
            transfer("T1", "2026-02-01", "m1", "m2", null),
            account("m1", "2026-01-01"),
            account("m2", "2026-02-01"),
            transfer("T1-R", "2026-02-03", "m2", "m1", "T1"));

    assertThat(report.issues()).isEmpty();
  }

  @Test
  void refusesAReversalDatedBeforeWhatItReversesAndAPostingBeforeItsAccountOpened()
      throws IOException {
    ValidationReport report =
        ledger(
            account("m1", "2026-01-01"),
            account("m2", "2026-02-01"),
            transfer("T1", "2026-01-20", "m1", "m2", null),
            transfer("T1-R", "2026-01-19", "m2", "m1", "T1"));

    assertThat(issues(report))
        .containsExactly(
            "ERROR reference.time.outside /transaction/postings/1/account #2",
            "ERROR reference.time.outside /transaction/postings/0/account #3",
            "ERROR reference.time.outside /transaction/reverses #3");
  }

  @Test
  void refusesAPostingInAnotherUnitThanItsAccountWhetherTheAccountComesBeforeOrAfter()
      throws IOException {
    ValidationReport report =
        ledger(
            account("m1", "2026-01-01"),
            transfer("T1", "2026-02-01", "m1", "m2", null).replace("HOUR", "CNY"),
            account("m2", "2026-01-01").replace("HOUR", "POINT"),
            transfer("T2", "2026-02-02", "m1", "m9", null).replace("HOUR", "CNY"),
            transfer("T3", "2026-02-03", "m1", "m1", null));

    assertThat(issues(report))
        .containsExactly(
            "ERROR reference.value.differs /transaction/postings/0/unit #1",
            "ERROR reference.value.differs /transaction/postings/0/unit #3",
            "ERROR reference.value.differs /transaction/postings/1/unit #1",
            "ERROR reference.unresolved /transaction/postings/1/account #3");
    assertThat(report.issues().get(2).arguments())
        .containsExactly(
            java.util.Map.entry("property", "unit"),
            java.util.Map.entry("target", "account"),
            java.util.Map.entry("targetRecord", "2"),
            java.util.Map.entry("value", "CNY"),
            java.util.Map.entry("targetValue", "POINT"));
  }

  @Test
  void givesTheSameIssuesForRecordsInMemory() throws IOException {
    String document =
        Documents.ndjson(
            "LEDGER",
            account("m1", "2026-01-01"),
            transfer("T1", "2026-01-20", "m1", "m9", null),
            transfer("T2", "2026-01-21", "m1", "m1", "T0"));
    ValidationReport read = Documents.validate(document);
    List<Object> records = new ArrayList<>();
    for (String line : document.split("\n")) {
      if (!line.contains("\"kind\":\"LEDGER\"")) {
        records.add(CommunityGovMappers.strict().readValue(line, LedgerRecord.class));
      }
    }

    assertThat(issues(Documents.VALIDATOR.check(records))).isEqualTo(issues(read));
    assertThat(issues(read))
        .containsExactly(
            "ERROR reference.unresolved /transaction/postings/1/account #1",
            "WARNING reference.unresolved /transaction/reverses #2");
  }
}
