package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.rules.ledger.LedgerFixtures.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.rules.ledger.FileLedgerStore.TornTail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sixteen threads post to one ledger through one file store; the journal must verify, and every
 * balance must equal the serial fold of the accepted entries in journal order.
 */
class LedgerConcurrencyTest {
  static final int THREADS = 16;
  static final int POSTS = 60;

  @TempDir Path dir;

  @Test
  void sixteenThreadsGiveAValidJournalWhoseBalancesAreTheSerialFold() throws Exception {
    Path file = dir.resolve("concurrent.ndjson");
    Ledger ledger =
        Ledger.open(LEDGER, FileLedgerStore.openWithoutSync(file, TornTail.REFUSE), CLOCK);
    ledger.post(accounts());
    ledger.post(move("seed", "2026-01-02", "issuance", "m1", "20.00"));
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Outcome>>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      futures.add(
          pool.submit(
              () -> {
                start.await();
                List<Outcome> outcomes = new ArrayList<>();
                for (int i = 0; i < POSTS; i++) {
                  // m1 -> m2 can overdraw m1; the other direction too; both are checked under
                  // races.
                  String from = (thread + i) % 2 == 0 ? "m1" : "m2";
                  String to = from.equals("m1") ? "m2" : "m1";
                  outcomes.add(
                      ledger.post(move("t" + thread + "-" + i, "2026-02-01", from, to, "0.75")));
                  if (i % 10 == 0) {
                    outcomes.add(
                        ledger.post(move("t" + thread + "-" + i, "2026-02-01", from, to, "0.75")));
                  }
                }
                return outcomes;
              }));
    }
    start.countDown();
    int accepted = 0;
    for (Future<List<Outcome>> f : futures) {
      for (Outcome o : f.get()) {
        assertThat(o.code()).isIn("accepted", "exists", "overdraft");
        accepted += o.code().equals("accepted") ? 1 : 0;
      }
    }
    pool.shutdown();
    TreeHead head = ledger.head();
    ledger.close();

    VerifyReport report = JournalVerifier.verify(Files.readAllBytes(file), Optional.of(head));
    assertThat(report.isValid()).as(report.toString()).isTrue();
    MemoryLedgerStore copy = new MemoryLedgerStore();
    copy.append(
        new StoreBatch(
            0,
            new byte[32],
            Files.readAllLines(file).stream().map(String::getBytes).toList(),
            new byte[32]));
    JournalFold fold = new JournalFold();
    fold.read(copy);
    assertThat(fold.transactions).hasSize(accepted + 1);
    try (Ledger reopened =
        Ledger.open(LEDGER, FileLedgerStore.open(file, TornTail.REFUSE), CLOCK)) {
      for (String account : List.of("issuance", "m1", "m2")) {
        assertThat(reopened.balance(AccountId.of(account)).orElseThrow().minor())
            .isEqualTo(fold.balances.get(AccountId.of(account)));
      }
      assertThat(reopened.balance(AccountId.of("m1")).orElseThrow().isNegative()).isFalse();
      assertThat(reopened.balance(AccountId.of("m2")).orElseThrow().isNegative()).isFalse();
    }
    assertThat(accepted).isPositive();
  }
}
