package org.communitygov.api.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.communitygov.api.exchange.Documents.codes;
import static org.communitygov.api.exchange.Documents.envelope;
import static org.communitygov.api.exchange.Documents.persons;
import static org.communitygov.api.exchange.Documents.validate;

import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RecordProblemsTest {
  static final String MEMBER_A =
      "{\"id\":\"A\",\"name\":\"甲\",\"citizenId\":\"%s\",\"birthDate\":\"1941-03-15\","
          + "\"sex\":\"FEMALE\",\"hukou\":\"LOCAL\"}";
  static final String MEMBER_B =
      "{\"id\":\"B\",\"name\":\"乙\",\"citizenId\":\"%s\",\"birthDate\":\"%s\","
          + "\"sex\":\"MALE\",\"hukou\":\"LOCAL\"}";

  static String household(String members, String memberships) {
    return "{\"id\":\"H1\",\"community\":\"C1\",\"address\":\"1号楼\",\"kind\":\"REGISTERED\","
        + "\"members\":["
        + members
        + "],\"memberships\":["
        + memberships
        + "]}";
  }

  @Nested
  class EveryIndependentProblemOfARecord {
    @Test
    void twoBadCitizenIdsAndABadDateAreThreeIssues() throws IOException {
      String members =
          MEMBER_A.formatted("500103194103150223")
              + ","
              + MEMBER_B.formatted("500103196807020311", "1968-02-30");
      String memberships =
          "{\"person\":\"A\",\"role\":\"HEAD\",\"period\":{\"start\":\"1985-05-01\"}},"
              + "{\"person\":\"B\",\"role\":\"SPOUSE\",\"period\":{\"start\":\"1994-10-01\"}}";
      ValidationReport report = validate(envelope("HOUSEHOLDS", household(members, memberships)));
      assertThat(report.issues())
          .extracting(ValidationIssue::code, ValidationIssue::pointer)
          .containsExactly(
              tuple("value.citizenId.checkCharacter", "/records/0/members/0/citizenId"),
              tuple("value.citizenId.checkCharacter", "/records/0/members/1/citizenId"),
              tuple("record.value.format", "/records/0/members/1/birthDate"));
    }

    @Test
    void aMissingPropertyAnUnknownOneAndAWrongEnumAreThreeIssues() throws IOException {
      String person =
          "{\"id\":\"P1\",\"name\":\"王\",\"birthDate\":\"1941-03-15\",\"sex\":\"WOMAN\","
              + "\"nickname\":\"x\"}";
      assertThat(validate(persons(person)).issues())
          .extracting(ValidationIssue::code, ValidationIssue::pointer)
          .containsExactlyInAnyOrder(
              tuple("record.property.unknown", "/records/0/nickname"),
              tuple("record.value.enum", "/records/0/sex"),
              tuple("record.property.required", "/records/0/hukou"));
    }

    @Test
    void eachMemberInvariantIsReportedEvenWhenASiblingIsBroken() throws IOException {
      String members =
          MEMBER_A.formatted("500103194103150223")
              + ","
              + MEMBER_B.formatted("500103196807020310", "1968-07-03");
      String memberships =
          "{\"person\":\"A\",\"role\":\"HEAD\",\"period\":{\"start\":\"1985-05-01\"}}";
      assertThat(validate(envelope("HOUSEHOLDS", household(members, memberships))).issues())
          .extracting(ValidationIssue::code, ValidationIssue::pointer)
          .containsExactly(
              tuple("value.citizenId.checkCharacter", "/records/0/members/0/citizenId"),
              tuple("invariant.birthDate.citizenIdMismatch", "/records/0/members/1/birthDate"));
    }

    @Test
    void aConstraintAndABadLeafInOneRecordAreBothReported() throws IOException {
      String person = Documents.PERSON.replace("王秀英", " ").replace("\"LOCAL\"", "\"HERE\"");
      assertThat(codes(validate(persons(person))))
          .containsExactlyInAnyOrder("constraint.NotBlank", "record.value.enum");
    }

    @Test
    void oneBadRecordDoesNotHideTheOthers() throws IOException {
      String bad = Documents.PERSON.replace("\"P1\"", "\"P2\"").replace("FEMALE", "F");
      String worse = Documents.PERSON.replace("\"P1\"", "\"P3\"").replace("1941-03-15", "x");
      ValidationReport report = validate(persons(Documents.PERSON, bad, worse));
      assertThat(report.issues())
          .extracting(i -> i.recordIndex().getAsLong())
          .containsExactly(1L, 2L);
      assertThat(report.recordsRead()).isEqualTo(3);
    }
  }

  @Nested
  class Invariants {
    @Test
    void twoHeadsAreReportedAtTheSecondHeadsMembershipWithThePersonsAndDays() throws IOException {
      String members =
          MEMBER_A.formatted("500103194103150222")
              + ","
              + MEMBER_B.formatted("500103196807020310", "1968-07-02");
      String memberships =
          "{\"person\":\"A\",\"role\":\"HEAD\",\"period\":{\"start\":\"1985-05-01\"}},"
              + "{\"person\":\"B\",\"role\":\"HEAD\",\"period\":{\"start\":\"1994-10-01\"}}";
      ValidationIssue issue =
          validate(envelope("HOUSEHOLDS", household(members, memberships))).issues().get(0);
      assertThat(issue.code()).isEqualTo("invariant.memberships.twoHeads");
      assertThat(issue.pointer()).isEqualTo("/records/0/memberships/1");
      assertThat(issue.arguments())
          .containsEntry("attribute", "memberships")
          .containsEntry("person", "B")
          .containsEntry("otherPerson", "A")
          .containsEntry("days", "1994-10-01/..");
      assertThat(issue.message(Locale.ENGLISH)).contains("B and A").contains("1994-10-01/..");
    }

    @Test
    void elevenThousandMembershipsAreRejectedWithTheSizeCode() throws IOException {
      StringBuilder memberships = new StringBuilder();
      java.time.LocalDate day = java.time.LocalDate.of(1990, 1, 1);
      for (int i = 0; i < 11_000; i++) {
        memberships
            .append(i == 0 ? "" : ",")
            .append("{\"person\":\"A\",\"role\":\"HEAD\",\"period\":{\"start\":\"")
            .append(day.plusDays(2L * i))
            .append("\",\"endExclusive\":\"")
            .append(day.plusDays(2L * i + 1))
            .append("\"}}");
      }
      String record = household(MEMBER_A.formatted("500103194103150222"), memberships.toString());
      assertThat(record.length()).isGreaterThan(900_000).isLessThan(1024 * 1024);

      ValidationReport report = validate(envelope("HOUSEHOLDS", record));

      assertThat(report.issues())
          .singleElement()
          .satisfies(
              i -> {
                assertThat(i.code()).isEqualTo("constraint.Size");
                assertThat(i.pointer()).isEqualTo("/records/0/memberships");
                assertThat(i.arguments()).containsEntry("max", "400");
              });
    }

    @Test
    void aConstraintThatAnInvariantRestatesIsReportedOnce() throws IOException {
      String person =
          Documents.PERSON.replace("}", ",\"disability\":{\"category\":\"PHYSICAL\",\"grade\":9}}");
      assertThat(codes(validate(persons(person)))).containsExactly("constraint.Max");
    }
  }

  @Nested
  class DuplicateIdentifiers {
    @Test
    void aRepeatedRecordIdIsAnErrorNamingTheFirstRecord() throws IOException {
      ValidationReport report = validate(persons(Documents.PERSON, Documents.PERSON));
      assertThat(report.issues())
          .singleElement()
          .satisfies(
              i -> {
                assertThat(i.code()).isEqualTo("record.id.duplicate");
                assertThat(i.pointer()).isEqualTo("/records/1/id");
                assertThat(i.arguments()).containsEntry("firstRecord", "0");
              });
    }
  }

  @Nested
  class SensitiveValues {
    @Test
    void areNeverEchoedInTheReport() throws IOException {
      String person = Documents.PERSON.replace("500103194103150222", "500103194103150223");
      ValidationReport report = validate(persons(person, person));
      String everything =
          report.toJson()
              + report.toText(java.util.Locale.ENGLISH)
              + report.toText(java.util.Locale.SIMPLIFIED_CHINESE)
              + report.issues();
      assertThat(everything)
          .doesNotContain("500103194103150223")
          .doesNotContain("19410315")
          .doesNotContain("王秀英");
    }
  }
}
