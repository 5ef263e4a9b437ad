package org.communitygov.rules.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.rules.points.PointsBookTest.V1;
import static org.communitygov.rules.points.PointsBookTest.V2;
import static org.communitygov.rules.points.PointsBookTest.record;

import java.time.LocalDate;
import java.util.Map;
import org.communitygov.model.ledger.Unit;
import org.communitygov.model.points.MemberId;
import org.communitygov.model.points.Scheme;
import org.communitygov.rules.ledger.Ledger;
import org.junit.jupiter.api.Test;

/** Members' statements folded from the journal: opening, lines in date order, closing. */
class StatementTest {
  @Test
  void everyMembersStatementHasItsOpeningItsLinesInDateOrderAndItsClosing() {
    Scheme scheme = PointsFixtures.scheme("time-bank");
    Ledger ledger = PointsFixtures.ledger(scheme);
    PointsBook book = PointsBook.open(scheme, ledger);
    book.accrue(record("R0", V1, "2025-01-05", "1"));
    book.accrue(record("R2", V1, "2025-03-20", "2"));
    book.accrue(record("R1", V1, "2025-03-10", "3"));
    book.accrue(record("R3", V1, "2025-05-01", "4"));
    book.accrue(record("S1", V2, "2025-03-15", "5"));
    Map<MemberId, Statement> all =
        Statement.all(
            ledger.entries(),
            Unit.HOUR,
            LocalDate.parse("2025-03-01"),
            LocalDate.parse("2025-03-31"));
    assertThat(all).containsOnlyKeys(V1, V2);
    Statement v1 = all.get(V1);
    assertThat(v1.opening().decimalText()).isEqualTo("1.00");
    assertThat(v1.lines())
        .extracting(l -> l.transaction().value())
        .containsExactly("acc:R1", "acc:R2");
    assertThat(v1.closing().decimalText()).isEqualTo("6.00");
    assertThat(all.get(V2).opening().decimalText()).isEqualTo("0.00");
    assertThat(all.get(V2).closing().decimalText()).isEqualTo("5.00");
    assertThat(book.statement(V1, LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-31")))
        .contains(v1);
  }
}
