package org.communitygov.rules.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.rules.points.PointsBookTest.V1;
import static org.communitygov.rules.points.PointsBookTest.V2;

import org.communitygov.model.points.Scheme;
import org.communitygov.rules.ledger.Ledger;
import org.junit.jupiter.api.Test;

/** The members a book knows: those who joined, also after it is opened again. */
class BookMembersTest {
  @Test
  void aMemberWhoOnlyJoinedIsKnownToABookOpenedAgainWithNothingHeld() {
    Scheme scheme = PointsFixtures.scheme("time-bank");
    Ledger ledger = PointsFixtures.ledger(scheme);
    PointsBook book = PointsBook.open(scheme, ledger);
    assertThat(book.join(V1).isAccepted()).isTrue();
    assertThat(book.members()).containsExactly(V1);
    PointsBook reopened = PointsBook.open(scheme, ledger);
    assertThat(reopened.members()).containsExactly(V1);
    assertThat(reopened.held(V1)).isZero();
    assertThat(reopened.held(V2)).isZero();
    assertThat(reopened.balance(V2)).isEmpty();
  }
}
