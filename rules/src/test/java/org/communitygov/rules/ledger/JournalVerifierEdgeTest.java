package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.rules.ledger.LedgerFixtures.*;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The ends of a journal the verifier reads: a torn last line, a linked batch without its last line
 * (at the end and from the very first line), and a head of the empty tree.
 */
class JournalVerifierEdgeTest {
  final Ledger ledger = Ledger.open(LEDGER, new MemoryLedgerStore(), CLOCK);

  JournalVerifierEdgeTest() {
    ledger.postLinked(accounts());
    ledger.post(move("T1", "2026-02-01", "issuance", "m1", "1.00"));
    ledger.postLinked(
        List.of(
            move("T2", "2026-02-02", "issuance", "m1", "1.00"),
            move("T3", "2026-02-02", "issuance", "m2", "1.00")));
  }

  byte[] firstLines(int count) {
    return LedgerStoreContract.journalBytes(ledger.lines().subList(0, count));
  }

  static String problem(VerifyReport report) {
    return report.size() + " " + report.problem().map(p -> p.line() + " " + p.code()).orElse("-");
  }

  @Test
  void readsTheWholeJournalAsSound() {
    byte[] journal = firstLines(7);
    assertThat(problem(JournalVerifier.verify(journal, Optional.of(ledger.head()), true)))
        .isEqualTo("7 -");
    assertThat(problem(JournalVerifier.verify(journal, Optional.empty(), false))).isEqualTo("7 -");
  }

  @Test
  void findsALastLineWithoutItsLineFeedTorn() {
    byte[] journal = firstLines(5);
    byte[] torn = Arrays.copyOf(journal, journal.length - 1);
    assertThat(problem(JournalVerifier.verify(torn, Optional.empty(), false)))
        .isEqualTo("4 5 line.torn");
    byte[] half = Arrays.copyOf(journal, journal.length - 40);
    assertThat(problem(JournalVerifier.verify(half, Optional.empty(), false)))
        .isEqualTo("4 5 line.torn");
    // the torn last line of a linked batch takes the batch's first line with it
    byte[] all = firstLines(7);
    assertThat(
            problem(
                JournalVerifier.verify(
                    Arrays.copyOf(all, all.length - 1), Optional.empty(), false)))
        .isEqualTo("5 6 line.torn");
  }

  @Test
  void findsALinkedBatchWithoutItsLastLineTornFromItsFirstLine() {
    assertThat(problem(JournalVerifier.verify(firstLines(6), Optional.empty(), false)))
        .isEqualTo("5 6 line.torn");
    assertThat(problem(JournalVerifier.verify(firstLines(3), Optional.empty(), false)))
        .isEqualTo("0 1 line.torn");
    assertThat(problem(JournalVerifier.verify(firstLines(1), Optional.empty(), false)))
        .isEqualTo("0 1 line.torn");
    assertThat(problem(JournalVerifier.verify(firstLines(4), Optional.empty(), false)))
        .isEqualTo("4 -");
  }

  @Test
  void findsNothingWrongAgainstTheHeadOfTheEmptyTree() {
    TreeHead empty = TreeHead.of(0, new MerkleTree().root(), Instant.parse("2026-03-31T08:00:00Z"));
    assertThat(problem(JournalVerifier.verify(firstLines(7), Optional.of(empty), false)))
        .isEqualTo("7 -");
    assertThat(problem(JournalVerifier.verify(new byte[0], Optional.of(empty), false)))
        .isEqualTo("0 -");
  }

  @Test
  void findsALineThatIsNotCanonicalWhenDeepEvenThoughItsFrameIsSound() {
    byte[] journal = firstLines(5);
    String text = new String(journal, StandardCharsets.UTF_8);
    String spaced = text.replaceFirst("\\{\"entry\":\\{", "{\"entry\":{ ");
    byte[] content = spaced.getBytes(StandardCharsets.UTF_8);
    assertThat(problem(JournalVerifier.verify(content, Optional.empty(), true)))
        .isEqualTo("0 1 line.format");
  }
}
