package org.communitygov.rules.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.communitygov.rules.funding.book.FundBook;
import org.communitygov.rules.funding.disclosure.DisclosureDueInput.Item;
import org.communitygov.rules.funding.disclosure.DisclosureDues;
import org.junit.jupiter.api.Test;

/**
 * What of the Hepingli book's disclosure is due: the finances from their last publication and each
 * major matter posted after it, decided by the disclosure frequency rule on the day asked.
 */
class DisclosureDuesTest {
  static final FundBook BOOK = Hepingli.book();

  static List<String> lines(List<DisclosureDues.Due> dues) {
    return dues.stream()
        .map(
            d ->
                d.item()
                    + d.transaction().map(t -> " " + t).orElse("")
                    + " "
                    + d.since()
                    + " "
                    + d.result().dueBy()
                    + " "
                    + d.result().code())
        .toList();
  }

  @Test
  void unpublishedFinancesAndAnUnpublishedMajorMatterAreOverdueAfterTheirDays() {
    var dues =
        DisclosureDues.of(BOOK, LocalDate.of(2026, 6, 30), false, LocalDate.of(2026, 10, 15));

    assertThat(lines(dues))
        .containsExactly(
            "FINANCE 2026-06-30 2026-09-30 OVERDUE",
            "MAJOR X-MEAL-1 2026-09-20 2026-09-21 OVERDUE");
  }

  @Test
  void theDayOfTheDueDateIsStillOnTimeAndTheNextIsNot() {
    LocalDate published = LocalDate.of(2026, 6, 30);

    assertThat(DisclosureDues.of(BOOK, published, false, LocalDate.of(2026, 9, 19)))
        .singleElement()
        .satisfies(d -> assertThat(d.result().overdue()).isFalse());
    assertThat(lines(DisclosureDues.of(BOOK, published, false, LocalDate.of(2026, 9, 20))))
        .containsExactly(
            "FINANCE 2026-06-30 2026-09-30 ON_TIME",
            "MAJOR X-MEAL-1 2026-09-20 2026-09-21 ON_TIME");
    assertThat(lines(DisclosureDues.of(BOOK, published, false, LocalDate.of(2026, 10, 1))))
        .containsExactly(
            "FINANCE 2026-06-30 2026-09-30 OVERDUE",
            "MAJOR X-MEAL-1 2026-09-20 2026-09-21 OVERDUE");
  }

  @Test
  void frequentFinancesAreDueMonthlyAndMajorMattersPublishedBeforeAreNotCountedAgain() {
    var dues = DisclosureDues.of(BOOK, LocalDate.of(2026, 9, 30), true, LocalDate.of(2026, 10, 15));

    assertThat(dues).extracting(DisclosureDues.Due::item).containsExactly(Item.FINANCE);
    assertThat(lines(dues)).containsExactly("FINANCE 2026-09-30 2026-10-30 ON_TIME");
  }
}
