package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.rules.ledger.LedgerFixtures.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.communitygov.model.ledger.Account;
import org.communitygov.model.ledger.AccountFlag;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.AccountKind;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.EntryId;
import org.communitygov.model.ledger.ImmutableTransaction;
import org.communitygov.model.ledger.PendingOutcome.Resolution;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The posting rules added to the first set of {@link LedgerTest}: restricted-purpose accounts and
 * their place in the precedence, and pending transactions that expire.
 */
class PostingRulesTest {
  static final String CANTEEN = "长者食堂 2026";

  final Ledger ledger = Ledger.open(LEDGER, new MemoryLedgerStore(), CLOCK);

  PostingRulesTest() {
    ledger.post(
        List.of(
            account("donations", AccountKind.INCOME, Unit.CNY),
            restricted("canteen-fund", CANTEEN, AccountFlag.OVERDRAFT_FORBIDDEN),
            restricted("school-fund", "助学 2026"),
            account("canteen", AccountKind.EXPENSE, Unit.CNY),
            account("points", AccountKind.COMMUNITY_POOL, Unit.POINT)));
    ledger.post(give("G1", "donations", "canteen-fund", "500.00"));
  }

  static Account restricted(String id, String purpose, AccountFlag... flags) {
    return Account.builder()
        .from(account(id, AccountKind.LIABILITY, Unit.CNY, flags))
        .addFlags(AccountFlag.RESTRICTED_PURPOSE)
        .purpose(purpose)
        .build();
  }

  static Transaction give(String id, String from, String to, String yuan) {
    return tx(id, "2026-02-01", posting(from, "-" + yuan + " CNY"), posting(to, yuan + " CNY"))
        .build();
  }

  static Transaction spend(String id, String from, String yuan, String purpose) {
    return Transaction.builder().from(give(id, from, "canteen", yuan)).purpose(purpose).build();
  }

  String code(Entry entry) {
    return ledger.post(entry).code();
  }

  Amount balance(String account) {
    return ledger.balance(AccountId.of(account)).orElseThrow();
  }

  @Nested
  class RestrictedPurpose {
    /**
     * The rule as it reads (ADR 0056), against the check that reads the account's purpose from its
     * state and the transaction's once (ADR 0120): refused if a posting takes from a
     * restricted-purpose account whose purpose the transaction does not name.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 20261203, 99991})
    void refusesExactlyTheTransactionsThatTakeFromAFundForAnotherPurpose(long seed) {
      System.out.println("PostingRulesTest purpose seed " + seed);
      SplittableRandom random = new SplittableRandom(seed);
      String[] accounts = {"donations", "canteen-fund", "school-fund", "canteen"};
      Map<String, String> purposes = Map.of("canteen-fund", CANTEEN, "school-fund", "助学 2026");
      String[] named = {null, CANTEEN, "助学 2026", "其他"};
      for (int n = 0; n < 400; n++) {
        int count = 2 + random.nextInt(3);
        // nonzero amounts that sum to zero
        long[] cents = new long[count];
        long sum = 0;
        while (sum == 0) {
          sum = 0;
          for (int i = 0; i < count - 1; i++) {
            cents[i] = (1 + random.nextInt(300)) * (random.nextBoolean() ? 1 : -1);
            sum += cents[i];
          }
        }
        cents[count - 1] = -sum;
        List<Posting> postings = new ArrayList<>();
        boolean refused = false;
        String purpose = named[random.nextInt(named.length)];
        for (int i = 0; i < count; i++) {
          String account = accounts[random.nextInt(accounts.length)];
          postings.add(posting(account, Amount.ofMinor(Unit.CNY, cents[i]).decimalText() + " CNY"));
          refused |=
              cents[i] < 0
                  && purposes.containsKey(account)
                  && !purposes.get(account).equals(purpose);
        }
        ImmutableTransaction.Builder tx =
            tx("T" + n, "2026-02-01", postings.toArray(Posting[]::new));
        if (purpose != null) {
          tx.purpose(purpose);
        }
        assertThat(code(tx.build()).equals("restricted_purpose")).as("T" + n).isEqualTo(refused);
      }
    }

    @Test
    void refusesASpendingForAnotherPurposeOrForNone() {
      assertThat(code(spend("S1", "canteen-fund", "100.00", "助学 2026")))
          .isEqualTo("restricted_purpose");
      assertThat(code(give("S2", "canteen-fund", "canteen", "100.00")))
          .isEqualTo("restricted_purpose");
      assertThat(balance("canteen-fund")).isEqualTo(Amount.parse("500.00 CNY"));
      assertThat(balance("canteen")).isEqualTo(Amount.parse("0.00 CNY"));
    }

    @Test
    void acceptsASpendingForTheAccountsPurpose() {
      assertThat(code(spend("S1", "canteen-fund", "100.00", CANTEEN))).isEqualTo("accepted");
      assertThat(balance("canteen-fund")).isEqualTo(Amount.parse("400.00 CNY"));
    }

    @Test
    void letsAnyoneGiveToARestrictedAccount() {
      assertThat(code(give("G2", "donations", "school-fund", "80.00"))).isEqualTo("accepted");
      assertThat(balance("school-fund")).isEqualTo(Amount.parse("80.00 CNY"));
    }

    @Test
    void refusesTakingFromTwoFundsForOnePurpose() {
      ledger.post(give("G2", "donations", "school-fund", "80.00"));
      Transaction both =
          Transaction.builder()
              .from(
                  tx(
                          "S1",
                          "2026-02-02",
                          posting("canteen-fund", "-10.00 CNY"),
                          posting("school-fund", "-10.00 CNY"),
                          posting("canteen", "20.00 CNY"))
                      .build())
              .purpose(CANTEEN)
              .build();
      assertThat(code(both)).isEqualTo("restricted_purpose");
    }

    @Test
    void letsAReversalRestoreWhatWasGivenWithoutAPurpose() {
      Transaction mistake = give("G2", "donations", "canteen-fund", "50.00");
      ledger.post(mistake);
      assertThat(code(reversal("R1", "2026-02-03", mistake))).isEqualTo("accepted");
      assertThat(balance("canteen-fund")).isEqualTo(Amount.parse("500.00 CNY"));
    }

    @Test
    void holdsAPendingSpendingToThePurposeToo() {
      Transaction hold =
          Transaction.builder()
              .from(give("P1", "canteen-fund", "canteen", "10.00"))
              .expiresOn(LocalDate.parse("2026-04-30"))
              .build();
      assertThat(code(hold)).isEqualTo("restricted_purpose");
      assertThat(
              code(Transaction.builder().from(hold).id(EntryId.of("P2")).purpose(CANTEEN).build()))
          .isEqualTo("accepted");
      assertThat(ledger.available(AccountId.of("canteen-fund")))
          .contains(Amount.parse("490.00 CNY"));
    }

    @Test
    void isKeptSoThatARetryAnswersTheSameCode() {
      Transaction wrong = give("S1", "canteen-fund", "canteen", "100.00");
      assertThat(code(wrong)).isEqualTo("restricted_purpose");
      Outcome retry = ledger.post(Transaction.builder().from(wrong).purpose(CANTEEN).build());
      assertThat(retry.code()).isEqualTo("restricted_purpose");
      assertThat(retry.isRepeated()).isTrue();
    }
  }

  @Nested
  class Precedence {
    @Test
    void comesAfterTheUnitOfTheAccount() {
      Transaction inPoints =
          tx(
                  "S1",
                  "2026-02-02",
                  posting("canteen-fund", "-10 POINT"),
                  posting("points", "10 POINT"))
              .build();
      assertThat(code(inPoints)).isEqualTo("account_unit_mismatch");
    }

    @Test
    void comesBeforeTheOverdraft() {
      assertThat(code(give("S1", "canteen-fund", "canteen", "900.00")))
          .isEqualTo("restricted_purpose");
      assertThat(code(spend("S2", "canteen-fund", "900.00", CANTEEN))).isEqualTo("overdraft");
    }
  }

  @Nested
  class Expiry {
    final Ledger timeBank = LedgerFixtures.ledger();

    Transaction expiring(String on) {
      return Transaction.builder()
          .from(move("P1", "2026-02-02", "issuance", "m1", "1.50"))
          .expiresOn(LocalDate.parse(on))
          .build();
    }

    String code(Entry entry) {
      return timeBank.post(entry).code();
    }

    Amount balance(String account) {
      return timeBank.balance(AccountId.of(account)).orElseThrow();
    }

    @Test
    void refusesAPostDatedAfterTheExpiryButVoidsIt() {
      timeBank.post(expiring("2026-02-10"));
      assertThat(code(outcome("O1", "P1", "2026-02-11", Resolution.POST)))
          .isEqualTo("pending_expired");
      assertThat(code(outcome("O2", "P1", "2026-02-11", Resolution.VOID))).isEqualTo("accepted");
    }

    @Test
    void refusesAPostMadeAfterTheExpiryEvenIfDatedBefore() {
      timeBank.post(expiring("2026-03-30"));
      assertThat(code(outcome("O1", "P1", "2026-02-05", Resolution.POST)))
          .isEqualTo("pending_expired");
      assertThat(balance("m1")).isEqualTo(hours("0.00"));
    }

    @Test
    void acceptsAPostOnTheLastDayBeforeExpiry() {
      timeBank.post(expiring("2026-03-31"));
      assertThat(code(outcome("O1", "P1", "2026-03-31", Resolution.POST))).isEqualTo("accepted");
      assertThat(balance("m1")).isEqualTo(hours("1.50"));
    }

    @Test
    void noLongerCountsWhatAnExpiredPendingTransactionReserved() {
      timeBank.post(move("T1", "2026-02-01", "issuance", "m1", "2.00"));
      Transaction expired =
          Transaction.builder()
              .from(move("P1", "2026-02-02", "m1", "m2", "1.50"))
              .expiresOn(LocalDate.parse("2026-03-30"))
              .build();
      Transaction current =
          Transaction.builder()
              .from(move("P2", "2026-02-02", "m1", "m2", "0.25"))
              .expiresOn(LocalDate.parse("2026-03-31"))
              .build();
      assertThat(code(expired)).isEqualTo("accepted");
      assertThat(code(current)).isEqualTo("accepted");
      assertThat(timeBank.available(AccountId.of("m1"))).contains(hours("1.75"));
      assertThat(code(move("T2", "2026-02-03", "m1", "m2", "1.80"))).isEqualTo("overdraft");
      assertThat(code(move("T3", "2026-02-03", "m1", "m2", "1.75"))).isEqualTo("accepted");
      assertThat(timeBank.available(AccountId.of("m1"))).contains(hours("0.00"));
    }
  }
}
