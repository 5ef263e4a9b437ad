package org.communitygov.api.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The checks between the records of one document (ADR 0062), through the validator. */
class DocumentLinksTest {
  static String request(String id, String at) {
    return "{\"request\":{\"id\":\""
        + id
        + "\",\"household\":\"H001\",\"category\":\"MEAL_ASSISTANCE\",\"requestedAt\":\""
        + at
        + "\",\"channel\":\"PHONE\",\"priority\":\"NORMAL\"}}";
  }

  static String event(String at, String status) {
    return "{\"at\":\"" + at + "\",\"status\":\"" + status + "\",\"actor\":\"a-1\"}";
  }

  static String order(String id, String request, String... events) {
    return "{\"order\":{\"id\":\""
        + id
        + "\",\"request\":\""
        + request
        + "\",\"service\":\"S-MEAL\",\"provider\":\"P-KITCHEN\",\"events\":["
        + String.join(",", events)
        + "]}}";
  }

  static String delivery(String id, String order, String start, String end) {
    return "{\"delivery\":{\"id\":\""
        + id
        + "\",\"order\":\""
        + order
        + "\",\"provider\":\"P-KITCHEN\",\"worker\":\"W-1\",\"start\":\""
        + start
        + "\",\"end\":\""
        + end
        + "\",\"units\":{\"quantity\":1,\"unit\":\"MEALS\"},"
        + "\"cost\":{\"amount\":\"15.00\",\"currency\":\"CNY\"},\"outcome\":\"COMPLETED\"}}";
  }

  static String feedback(String delivery, String at, int rating) {
    return "{\"feedback\":{\"delivery\":\""
        + delivery
        + "\",\"givenAt\":\""
        + at
        + "\",\"ratings\":{\"OVERALL\":"
        + rating
        + "}}}";
  }

  /** An order accepted at 01:00 and completed at 05:00 on 8 October. */
  static final String O1 =
      order(
          "O-1",
          "R-1",
          event("2026-10-08T00:30:00Z", "REQUESTED"),
          event("2026-10-08T01:00:00Z", "ACCEPTED"),
          event("2026-10-08T02:00:00Z", "IN_PROGRESS"),
          event("2026-10-08T05:00:00Z", "COMPLETED"));

  static final String R1 = request("R-1", "2026-10-08T00:00:00Z");

  static ValidationReport loop(String... records) throws IOException {
    return Documents.validate(Documents.ndjson("SERVICE_LOOP", records));
  }

  static List<String> errors(ValidationReport report) {
    return report.issues().stream()
        .filter(i -> i.severity() == Severity.ERROR)
        .map(i -> i.code() + " " + i.pointer() + " #" + i.recordIndex().orElse(-1))
        .toList();
  }

  @Nested
  class AServiceLoop {
    @Test
    void whoseRecordsReferToEachOtherInTimeIsValid() throws IOException {
      ValidationReport report =
          loop(
              R1,
              O1,
              delivery("D-1", "O-1", "2026-10-08T02:00:00Z", "2026-10-08T02:30:00Z"),
              feedback("D-1", "2026-10-08T06:00:00Z", 5));
      assertThat(report.issues()).isEmpty();
    }

    @Test
    void reportsADeliveryForAnUnknownOrderAfterTheLastRecord() throws IOException {
      ValidationReport report =
          loop(
              R1,
              delivery("D-1", "O-9", "2026-10-08T02:00:00Z", "2026-10-08T02:30:00Z"),
              O1.replace("\"R-1\"", "\"R-1\"").replace("\"service\":\"S-MEAL\"", "\"service\":1"));
      assertThat(report.issues())
          .extracting(ValidationIssue::code, ValidationIssue::pointer, ValidationIssue::line)
          .containsExactly(
              tuple("record.value.type", "/order/service", java.util.OptionalLong.of(4)),
              tuple("reference.unresolved", "/delivery/order", java.util.OptionalLong.of(3)));
      assertThat(report.issues().get(1).arguments()).containsEntry("target", "order");
      assertThat(report.issues().get(1).recordIndex()).hasValue(1);
    }

    @Test
    void resolvesFeedbackThatComesBeforeItsDelivery() throws IOException {
      ValidationReport report =
          loop(
              feedback("D-1", "2026-10-08T06:00:00Z", 4),
              R1,
              O1,
              delivery("D-1", "O-1", "2026-10-08T02:00:00Z", "2026-10-08T02:30:00Z"));
      assertThat(report.issues()).isEmpty();
    }

    @Test
    void reportsFeedbackOnAnUnknownDeliveryAndGivenBeforeTheDeliveryEnded() throws IOException {
      ValidationReport report =
          loop(
              R1,
              O1,
              feedback("D-1", "2026-10-08T02:10:00Z", 4),
              feedback("D-2", "2026-10-08T06:00:00Z", 4),
              delivery("D-1", "O-1", "2026-10-08T02:00:00Z", "2026-10-08T02:30:00Z"));
      assertThat(errors(report))
          .containsExactly(
              "reference.time.outside /feedback/delivery #2",
              "reference.unresolved /feedback/delivery #3");
      assertThat(report.issues().get(0).arguments())
          .containsEntry("target", "delivery")
          .containsEntry("targetRecord", "4")
          .containsEntry("window", "2026-10-08T02:30:00Z/..");
    }

    static Stream<Arguments> deliveries() {
      return Stream.of(
          Arguments.of("2026-10-08T00:40:00Z", "2026-10-08T00:50:00Z", true),
          Arguments.of("2026-10-08T00:50:00Z", "2026-10-08T01:10:00Z", true),
          Arguments.of("2026-10-08T01:00:00Z", "2026-10-08T05:00:00Z", false),
          Arguments.of("2026-10-08T04:30:00Z", "2026-10-08T05:00:00.000001Z", true),
          Arguments.of("2026-10-08T06:00:00Z", "2026-10-08T06:30:00Z", true));
    }

    @ParameterizedTest(name = "{0} to {1} outside: {2}")
    @MethodSource("deliveries")
    void reportsADeliveryOutsideItsOrdersLifeFromAcceptanceToCompletion(
        String start, String end, boolean outside) throws IOException {
      ValidationReport report = loop(R1, O1, delivery("D-1", "O-1", start, end));
      assertThat(errors(report))
          .isEqualTo(outside ? List.of("reference.time.outside /delivery/order #2") : List.of());
      if (outside) {
        assertThat(report.issues().get(0).arguments())
            .containsEntry("window", "2026-10-08T01:00:00Z/2026-10-08T05:00:00Z");
      }
    }

    @Test
    void reportsEveryDeliveryOfAnOrderThatWasNeverAccepted() throws IOException {
      String rejected =
          order(
              "O-2",
              "R-1",
              event("2026-10-08T00:30:00Z", "REQUESTED"),
              event("2026-10-08T00:40:00Z", "REJECTED"));
      ValidationReport report =
          loop(
              R1, rejected, delivery("D-1", "O-2", "2026-10-08T00:35:00Z", "2026-10-08T00:36:00Z"));
      assertThat(errors(report)).containsExactly("reference.time.outside /delivery/order #2");
      assertThat(report.issues().get(0).arguments()).containsEntry("window", "none");
    }

    @Test
    void warnsOfAnOrderWhoseRequestIsNotInTheDocumentAndRefusesOneSentBeforeIt()
        throws IOException {
      ValidationReport report =
          loop(
              O1,
              request("R-2", "2026-10-08T00:00:00Z"),
              order("O-2", "R-2", event("2026-10-07T23:00:00Z", "REQUESTED")));
      assertThat(report.issues())
          .extracting(ValidationIssue::severity, ValidationIssue::code, ValidationIssue::pointer)
          .containsExactly(
              tuple(Severity.ERROR, "reference.time.outside", "/order/request"),
              tuple(Severity.WARNING, "reference.unresolved", "/order/request"));
    }

    @Test
    void reportsAnOrderEventTheStateMachineRefusesAtTheEventWithBothStatuses() throws IOException {
      String refused =
          order(
              "O-3",
              "R-1",
              event("2026-10-08T00:30:00Z", "REQUESTED"),
              event("2026-10-08T01:00:00Z", "ACCEPTED"),
              event("2026-10-08T02:00:00Z", "COMPLETED"));
      ValidationReport report =
          loop(R1, refused, delivery("D-1", "O-3", "2026-10-08T02:00:00Z", "2026-10-08T02:30:00Z"));
      // The broken order still declares its id: its delivery is not reported as well.
      assertThat(report.issues())
          .singleElement()
          .satisfies(
              issue -> {
                assertThat(issue.code()).isEqualTo("invariant.serviceOrder.transition");
                assertThat(issue.pointer()).isEqualTo("/order/events/2");
                assertThat(issue.arguments())
                    .containsEntry("from", "ACCEPTED")
                    .containsEntry("to", "COMPLETED");
              });
    }

    @Test
    void reportsAnOrderEventOutOfTimeOrderAndADeliveryEndingBeforeItStarts() throws IOException {
      ValidationReport report =
          loop(
              R1,
              order(
                  "O-4",
                  "R-1",
                  event("2026-10-08T00:30:00Z", "REQUESTED"),
                  event("2026-10-08T00:20:00Z", "ACCEPTED")),
              delivery("D-1", "O-1", "2026-10-08T02:30:00Z", "2026-10-08T02:00:00Z"),
              O1);
      assertThat(errors(report))
          .containsExactly(
              "invariant.events.order /order/events/1 #1",
              "invariant.delivery.endBeforeStart /delivery/end #2");
    }

    @Test
    void reportsAnOrderIdUsedTwiceAtTheSecondOnesId() throws IOException {
      ValidationReport report = loop(R1, O1, O1);
      assertThat(errors(report)).containsExactly("record.id.duplicate /order/id #2");
      assertThat(report.issues().get(0).arguments()).containsEntry("firstRecord", "1");
    }

    @Test
    void givesTheSameIssuesForRecordsInMemory() throws IOException {
      String document =
          Documents.ndjson(
              "SERVICE_LOOP",
              R1,
              delivery("D-1", "O-1", "2026-10-08T00:40:00Z", "2026-10-08T00:50:00Z"),
              O1,
              feedback("D-9", "2026-10-08T06:00:00Z", 4));
      ValidationReport read = Documents.validate(document);
      List<Object> records = new ArrayList<>();
      for (String line : document.split("\n")) {
        if (!line.contains("\"kind\"")) {
          records.add(
              org.communitygov.api.json.CommunityGovMappers.strict()
                  .readValue(line, org.communitygov.model.service.ServiceLoopEntry.class));
        }
      }
      assertThat(errors(Documents.VALIDATOR.check(records))).isEqualTo(errors(read));
      assertThat(errors(read)).hasSize(2);
    }
  }

  @Nested
  class ACatalogue {
    static final String PROVIDER =
        "{\"provider\":{\"id\":\"P-1\",\"name\":{\"zh\":\"食堂\",\"en\":\"Canteen\"},"
            + "\"kind\":\"ENTERPRISE\"}}";
    static final String SITE =
        "{\"site\":{\"id\":\"L-1\",\"name\":{\"zh\":\"食堂\",\"en\":\"Canteen\"}}}";

    static String service(String id, String provider, String site, String currency) {
      return "{\"service\":{\"id\":\""
          + id
          + "\",\"name\":{\"zh\":\"助餐\",\"en\":\"Meals\"},\"category\":\"MEAL_ASSISTANCE\","
          + "\"supplyMode\":\"PURCHASED\",\"provider\":\""
          + provider
          + "\",\"status\":\"ACTIVE\",\"sites\":[\""
          + site
          + "\"],\"fees\":[{\"price\":{\"amount\":\"15.00\",\"currency\":\""
          + currency
          + "\"}}]}}";
    }

    @Test
    void whoseServicesNameItsProvidersAndSitesIsValid() throws IOException {
      ValidationReport report =
          Documents.validate(
              Documents.envelope("SERVICES", service("S-1", "P-1", "L-1", "CNY"), PROVIDER, SITE));
      assertThat(report.issues()).isEmpty();
    }

    @Test
    void reportsAnUnknownProviderAndSiteAndAFeeInAnotherCurrency() throws IOException {
      ValidationReport report =
          Documents.validate(
              Documents.envelope(
                  "SERVICES",
                  PROVIDER,
                  SITE,
                  service("S-1", "P-1", "L-1", "CNY"),
                  service("S-2", "P-2", "L-2", "USD")));
      assertThat(errors(report))
          .containsExactly(
              "document.value.differs /records/3/service/fees/0/price/currency #3",
              "reference.unresolved /records/3/service/provider #3",
              "reference.unresolved /records/3/service/sites/0 #3");
      assertThat(report.issues().get(0).arguments())
          .containsEntry("property", "currency")
          .containsEntry("firstRecord", "2");
    }
  }

  @Nested
  class OnSeveralThreads {
    /**
     * A seeded loop of orders, deliveries and feedback in which some references are broken: the
     * report on four threads is the one on one thread, issue for issue.
     */
    @ParameterizedTest(name = "seed {0}")
    @org.junit.jupiter.params.provider.ValueSource(longs = {1L, 20261202L})
    void givesTheSameReportAsOneThread(long seed) throws IOException {
      Random random = new Random(seed);
      List<String> records = new ArrayList<>();
      records.add(R1);
      for (int i = 0; i < 3000; i++) {
        String id = "O-" + i;
        records.add(O1.replace("\"O-1\"", "\"" + id + "\""));
        String target = random.nextInt(20) == 0 ? "O-missing-" + i : id;
        String start = random.nextInt(15) == 0 ? "2026-10-08T00:10:00Z" : "2026-10-08T02:00:00Z";
        records.add(delivery("D-" + i, target, start, "2026-10-08T02:30:00Z"));
        records.add(
            feedback(random.nextInt(25) == 0 ? "D-x" : "D-" + i, "2026-10-09T00:00:00Z", 4));
      }
      java.util.Collections.shuffle(records, random);
      String document = Documents.ndjson("SERVICE_LOOP", records.toArray(String[]::new));
      ValidationReport one = Documents.VALIDATOR.validate(new StringReader(document));
      ValidationReport four =
          ExchangeValidator.builder().threads(4).build().validate(new StringReader(document));
      assertThat(four.toJson()).as("seed %d", seed).isEqualTo(one.toJson());
      assertThat(one.summary()).as("seed %d", seed).containsKey("reference.unresolved");
    }
  }
}
