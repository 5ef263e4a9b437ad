package org.communitygov.api.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.communitygov.api.exchange.Documents.envelope;
import static org.communitygov.api.exchange.Documents.ndjson;
import static org.communitygov.api.exchange.Documents.persons;
import static org.communitygov.api.exchange.Documents.validate;
import static org.communitygov.api.exchange.RecordProblemsTest.MEMBER_A;
import static org.communitygov.api.exchange.RecordProblemsTest.MEMBER_B;
import static org.communitygov.api.exchange.RecordProblemsTest.household;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * An oversized collection is reported before the record is bound: each test's record also breaks an
 * invariant (two heads on one day, a birth date the citizen ID contradicts), and that invariant is
 * not reported, which shows the record was never bound.
 */
class SizeCheckTest {
  private static final String MEMBERS_A_AND_B =
      MEMBER_A.formatted("500103194103150222")
          + ","
          + MEMBER_B.formatted("500103196807020310", "1968-07-02");

  /** {@code count} memberships: A and B both head from 1994-10-01 (an invariant broken), then A. */
  static String twoHeadsAndMore(int count) {
    StringBuilder out =
        new StringBuilder(
            "{\"person\":\"B\",\"role\":\"HEAD\",\"period\":{\"start\":\"1994-10-01\"}},"
                + "{\"person\":\"A\",\"role\":\"HEAD\",\"period\":{\"start\":\"1994-10-01\"}}");
    LocalDate day = LocalDate.of(1960, 1, 1);
    for (int i = 2; i < count; i++) {
      out.append(",{\"person\":\"A\",\"role\":\"HEAD\",\"period\":{\"start\":\"")
          .append(day.plusDays(2L * i))
          .append("\",\"endExclusive\":\"")
          .append(day.plusDays(2L * i + 1))
          .append("\"}}");
    }
    return out.toString();
  }

  @Nested
  class AnOversizedCollectionIsReportedAndNotBound {
    @Test
    void elevenThousandMembershipsGiveOnlyTheSizeIssueNotTheTwoHeads() throws IOException {
      String record = household(MEMBERS_A_AND_B, twoHeadsAndMore(11_000));
      assertThat(record.length()).isGreaterThan(900_000).isLessThan(1024 * 1024);

      ValidationReport report = validate(envelope("HOUSEHOLDS", record));

      assertThat(report.issues())
          .singleElement()
          .satisfies(
              i -> {
                assertThat(i.code()).isEqualTo("constraint.Size");
                assertThat(i.pointer()).isEqualTo("/records/0/memberships");
                assertThat(i.arguments()).isEqualTo(Map.of("min", "1", "max", "400"));
              });
    }

    @Test
    void inNdjsonTheSizeIssueHasTheRecordsLineAndPointer() throws IOException {
      String valid =
          household(
                  MEMBERS_A_AND_B,
                  twoHeadsAndMore(2).replace("\"B\",\"role\":\"HEAD", "\"B\",\"role\":\"SPOUSE"))
              .replace("\"H1\"", "\"H0\"");
      String record = household(MEMBERS_A_AND_B, twoHeadsAndMore(401));

      ValidationReport report = validate(ndjson("HOUSEHOLDS", valid, record));

      assertThat(report.issues())
          .extracting(ValidationIssue::code, ValidationIssue::pointer, i -> i.line().getAsLong())
          .containsExactly(tuple("constraint.Size", "/memberships", 3L));
    }

    @Test
    void aHundredAndOneMembersGiveOnlyTheSizeIssueAtMembers() throws IOException {
      String members =
          MEMBERS_A_AND_B
              + IntStream.range(0, 99)
                  .mapToObj(
                      i ->
                          ",{\"id\":\"C%d\",\"name\":\"丙\",\"birthDate\":\"2001-01-01\","
                                  .formatted(i)
                              + "\"sex\":\"MALE\",\"hukou\":\"LOCAL\"}")
                  .collect(Collectors.joining());
      String memberships =
          twoHeadsAndMore(2)
              + IntStream.range(0, 99)
                  .mapToObj(
                      i ->
                          ",{\"person\":\"C%d\",\"role\":\"CHILD\",\"period\":{\"start\":\"2001-01-01\"}}"
                              .formatted(i))
                  .collect(Collectors.joining());

      ValidationReport report = validate(envelope("HOUSEHOLDS", household(members, memberships)));

      assertThat(report.issues())
          .extracting(ValidationIssue::code, ValidationIssue::pointer, ValidationIssue::arguments)
          .containsExactly(
              tuple("constraint.Size", "/records/0/members", Map.of("min", "1", "max", "100")));
    }

    @Test
    void fiftyOneChronicConditionsGiveOnlyTheSizeIssueNotTheCitizenIdMismatch() throws IOException {
      String person = personWithConditions(51, 51).replace("1941-03-15", "1941-03-16");

      ValidationReport report = validate(persons(person));

      assertThat(report.issues())
          .extracting(ValidationIssue::code, ValidationIssue::pointer, ValidationIssue::arguments)
          .containsExactly(
              tuple(
                  "constraint.Size",
                  "/records/0/chronicConditions",
                  Map.of("min", "0", "max", "50")));
    }

    @Test
    void theRecordsOtherProblemsAreStillReported() throws IOException {
      String members =
          MEMBER_A.formatted("500103194103150223")
              + ","
              + MEMBER_B.formatted("500103196807020310", "1968-07-02");

      ValidationReport report =
          validate(envelope("HOUSEHOLDS", household(members, twoHeadsAndMore(401))));

      assertThat(report.issues())
          .extracting(ValidationIssue::code, ValidationIssue::pointer)
          .containsExactlyInAnyOrder(
              tuple("constraint.Size", "/records/0/memberships"),
              tuple("value.citizenId.checkCharacter", "/records/0/members/0/citizenId"));
    }
  }

  @Nested
  class ACollectionWithinItsLimitIsBoundAsBefore {
    @Test
    void fourHundredMembershipsAreBoundAndTheirInvariantReported() throws IOException {
      ValidationReport report =
          validate(envelope("HOUSEHOLDS", household(MEMBERS_A_AND_B, twoHeadsAndMore(400))));

      assertThat(report.issues())
          .extracting(ValidationIssue::code)
          .containsExactly("invariant.memberships.twoHeads");
    }

    @Test
    void aSetCountsDistinctElementsAsTheBoundSetWould() throws IOException {
      assertThat(validate(persons(personWithConditions(60, 50))).issues()).isEmpty();
      assertThat(validate(persons(personWithConditions(60, 51))).issues())
          .extracting(ValidationIssue::code)
          .containsExactly("constraint.Size");
    }
  }

  /** A valid person with {@code count} chronic conditions of which {@code distinct} differ. */
  private static String personWithConditions(int count, int distinct) {
    String conditions =
        IntStream.range(0, count)
            .mapToObj(i -> "\"E" + (10 + i % distinct) + "\"")
            .collect(Collectors.joining(","));
    return Documents.PERSON.replace("}", ",\"chronicConditions\":[" + conditions + "]}");
  }
}
