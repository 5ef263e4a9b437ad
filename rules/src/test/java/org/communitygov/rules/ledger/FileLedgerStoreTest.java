package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitygov.rules.ledger.LedgerFixtures.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.rules.ledger.FileLedgerStore.TornTail;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLedgerStoreTest extends LedgerStoreContract {
  @TempDir Path dir;
  int files;

  @Override
  LedgerStore newStore() {
    return FileLedgerStore.open(dir.resolve("journal-" + files++ + ".ndjson"), TornTail.REFUSE);
  }

  @Override
  LedgerStore reopen(LedgerStore store) {
    store.close();
    return FileLedgerStore.open(dir.resolve("journal-" + (files - 1) + ".ndjson"), TornTail.REFUSE);
  }

  @Nested
  class Files_ {
    @Test
    void writesTheLinesEachEndedByALineFeed() throws IOException {
      Path file = dir.resolve("j.ndjson");
      try (Ledger ledger =
          Ledger.open(LEDGER, FileLedgerStore.open(file, TornTail.REFUSE), CLOCK)) {
        script(ledger);
        assertThat(Files.readAllBytes(file)).isEqualTo(journalBytes(ledger.lines()));
      }
    }

    @Test
    void letsOneWriterHoldTheFile() {
      Path file = dir.resolve("j.ndjson");
      try (FileLedgerStore first = FileLedgerStore.open(file, TornTail.REFUSE)) {
        assertThatThrownBy(() -> FileLedgerStore.open(file, TornTail.REFUSE))
            .isInstanceOf(LedgerStoreException.class)
            .hasFieldOrPropertyWithValue("code", LedgerStoreException.CONFLICT);
        assertThat(first.size()).isZero();
      }
    }
  }

  @Nested
  class Crashes {
    Path file;

    @org.junit.jupiter.api.BeforeEach
    void name() {
      file = dir.resolve("crash.ndjson");
    }

    TreeHead writeAndCrash(byte[] tornTail) throws IOException {
      TreeHead head;
      try (Ledger ledger =
          Ledger.open(LEDGER, FileLedgerStore.open(file, TornTail.REFUSE), CLOCK)) {
        ledger.post(accounts());
        ledger.post(move("T1", "2026-02-01", "issuance", "m1", "2.00"));
        head = ledger.head();
      }
      Files.write(file, tornTail, StandardOpenOption.APPEND);
      return head;
    }

    @Test
    void detectsATornLastLineAndNeverReadsPastIt() throws IOException {
      byte[] half =
          Arrays.copyOf(EntryCodec.encode(move("T2", "2026-02-01", "issuance", "m1", "1.00")), 40);
      writeAndCrash(half);
      assertThatThrownBy(() -> FileLedgerStore.open(file, TornTail.REFUSE))
          .isInstanceOf(LedgerStoreException.class)
          .hasFieldOrPropertyWithValue("code", LedgerStoreException.TORN)
          .hasMessageContaining("line 6 is torn");
      assertThat(
              JournalVerifier.verify(Files.readAllBytes(file), java.util.Optional.empty())
                  .problem())
          .hasValueSatisfying(p -> assertThat(p.line()).isEqualTo(6));
    }

    @Test
    void cutsTheTornTailOffWhenAskedAndGoesOn() throws IOException {
      TreeHead head = writeAndCrash(new byte[] {'{', '"', 'e'});
      try (Ledger ledger =
          Ledger.open(LEDGER, FileLedgerStore.open(file, TornTail.TRUNCATE), CLOCK)) {
        assertThat(ledger.head()).isEqualTo(head);
        assertThat(ledger.post(move("T2", "2026-02-01", "issuance", "m1", "1.00")).code())
            .isEqualTo("accepted");
        assertThat(ledger.balance(AccountId.of("m1"))).contains(hours("3.00"));
      }
      assertThat(
              JournalVerifier.verify(Files.readAllBytes(file), java.util.Optional.empty())
                  .isValid())
          .isTrue();
    }

    @Test
    void treatsALinkedBatchWithoutItsLastLineAsTorn() throws IOException {
      Path other = dir.resolve("linked.ndjson");
      List<byte[]> lines;
      try (Ledger ledger =
          Ledger.open(LEDGER, FileLedgerStore.open(other, TornTail.REFUSE), CLOCK)) {
        ledger.post(accounts());
        ledger.postLinked(
            List.of(
                move("L1", "2026-02-01", "issuance", "m1", "2.00"),
                move("L2", "2026-02-01", "m1", "m2", "1.00")));
        lines = ledger.lines();
      }
      // The crash came after the first line of the linked batch: write the journal without its
      // last.
      Files.write(file, journalBytes(lines.subList(0, lines.size() - 1)));
      assertThatThrownBy(() -> FileLedgerStore.open(file, TornTail.REFUSE))
          .hasMessageContaining("line 5 is torn");
      try (Ledger ledger =
          Ledger.open(LEDGER, FileLedgerStore.open(file, TornTail.TRUNCATE), CLOCK)) {
        assertThat(ledger.head().size()).isEqualTo(4);
        assertThat(ledger.balance(AccountId.of("m1"))).contains(hours("0.00"));
      }
    }
  }
}
