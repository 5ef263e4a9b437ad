package org.communitygov.rules.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.EntryId;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Refusal;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;
import org.communitygov.model.points.MemberId;
import org.communitygov.model.points.Scheme;
import org.communitygov.model.points.TransactionKind;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The one-pass statements equal the simple fold's, over random journals. */
class StatementFoldTest {
  private static final Scheme SCHEME = PointsFixtures.scheme("time-bank");
  private static final LocalDate DAY = LocalDate.parse("2025-01-01");
  private static final String[] PREFIXES =
      Stream.concat(
              Stream.of(TransactionKind.values())
                  .filter(k -> k != TransactionKind.OTHER)
                  .map(k -> k.prefix() + ":"),
              Stream.of("zz:", "t", "acc-"))
          .toArray(String[]::new);

  @TestFactory
  Stream<DynamicTest> randomJournalsGiveTheStatementsOfTheSimpleFold() {
    long base = new Random().nextLong();
    return LongStream.range(0, 300)
        .mapToObj(
            i ->
                DynamicTest.dynamicTest(
                    "seed " + (base + i), () -> sameStatementsAsTheSimpleFold(base + i)));
  }

  @Test
  void aJournalWithManyInstancesOfTheSameAccountsGivesTheSimpleFoldsStatements() {
    for (long seed = 1; seed <= 5; seed++) {
      Random random = new Random(seed);
      List<Entry> journal = journal(random, 4000, 30);
      LocalDate from = DAY.plusDays(random.nextInt(60));
      assertSame(journal, from, from.plusDays(random.nextInt(200)), Optional.empty());
    }
  }

  @Test
  void linesOutOfDateOrderAreSortedByDateThenJournal() {
    AccountId account = PointsAccounts.member(PointsBookTest.V1);
    List<Entry> journal =
        List.of(
            PointsAccounts.memberAccount(SCHEME, PointsBookTest.V1, account),
            transaction("acc:3", "2025-03-20", account, 3),
            transaction("acc:1", "2025-03-10", account, 1),
            transaction("acc:4", "2025-03-20", account, 4),
            transaction("acc:2", "2025-03-10", account, 2));
    Statement s =
        StatementFold.fold(journal, Unit.HOUR, DAY, DAY.plusYears(1), Optional.empty())
            .get(PointsBookTest.V1);
    assertThat(s.lines())
        .extracting(l -> l.transaction().value())
        .containsExactly("acc:1", "acc:2", "acc:3", "acc:4");
  }

  private static void sameStatementsAsTheSimpleFold(long seed) {
    Random random = new Random(seed);
    List<Entry> journal = journal(random, random.nextInt(80), 1 + random.nextInt(8));
    LocalDate from = DAY.plusDays(random.nextInt(120) - 20);
    LocalDate to = from.plusDays(random.nextInt(120) - 5);
    Optional<MemberId> only =
        random.nextInt(4) == 0 ? Optional.of(member(random, 8)) : Optional.empty();
    assertSame(journal, from, to, only);
  }

  private static void assertSame(
      List<Entry> journal, LocalDate from, LocalDate to, Optional<MemberId> only) {
    Map<MemberId, Statement> expected = JournalStatements.fold(journal, Unit.HOUR, from, to, only);
    Map<MemberId, Statement> actual = StatementFold.fold(journal, Unit.HOUR, from, to, only);
    assertThat(actual).isEqualTo(expected);
  }

  /**
   * A journal of accounts opened (some twice, some after their first postings), transactions of
   * random kinds and value dates out of order naming accounts by shared or fresh instances, and
   * refusals.
   */
  static List<Entry> journal(Random random, int size, int members) {
    AccountId[] shared = new AccountId[members];
    for (int m = 0; m < members; m++) {
      shared[m] = PointsAccounts.member(MemberId.of("V" + m));
    }
    List<Entry> journal = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      int pick = random.nextInt(10);
      if (pick < 2) {
        int m = random.nextInt(members);
        AccountId id = random.nextBoolean() ? shared[m] : AccountId.of("m:V" + m);
        journal.add(PointsAccounts.memberAccount(SCHEME, MemberId.of("V" + m), id));
      } else if (pick == 2) {
        journal.add(
            Refusal.builder().refused("acc:r" + i).code("overdraft").on(date(random)).build());
      } else {
        int n = 2 + random.nextInt(3);
        var tx =
            Transaction.builder()
                .id(EntryId.of(PREFIXES[random.nextInt(PREFIXES.length)] + i))
                .bookingDate(DAY)
                .valueDate(date(random))
                .memo(random.nextBoolean() ? "" : "memo " + random.nextInt(5))
                .source("test");
        long[] amounts = new long[n];
        long sum = 0;
        while (sum == 0) {
          sum = 0;
          for (int p = 0; p < n - 1; p++) {
            amounts[p] = (1 + random.nextInt(1000)) * (random.nextBoolean() ? 1 : -1);
            sum += amounts[p];
          }
        }
        amounts[n - 1] = -sum;
        for (long minor : amounts) {
          tx.addPosting(Posting.of(account(random, shared), Amount.ofMinor(Unit.HOUR, minor)));
        }
        journal.add(tx.build());
      }
    }
    return journal;
  }

  private static AccountId account(Random random, AccountId[] shared) {
    return switch (random.nextInt(6)) {
      case 0 -> PointsAccounts.ISSUANCE;
      case 1 -> AccountId.of(random.nextBoolean() ? "issuance" : "pool");
      case 2 -> AccountId.of("m:V" + random.nextInt(shared.length + 1));
      default -> shared[random.nextInt(shared.length)];
    };
  }

  private static MemberId member(Random random, int members) {
    return MemberId.of("V" + random.nextInt(members));
  }

  private static LocalDate date(Random random) {
    return DAY.plusDays(random.nextInt(150) - 30);
  }

  private static Transaction transaction(String id, String date, AccountId account, long minor) {
    return Transaction.builder()
        .id(EntryId.of(id))
        .bookingDate(LocalDate.parse(date))
        .valueDate(LocalDate.parse(date))
        .addPosting(Posting.of(account, Amount.ofMinor(Unit.HOUR, minor)))
        .addPosting(Posting.of(PointsAccounts.ISSUANCE, Amount.ofMinor(Unit.HOUR, -minor)))
        .memo("")
        .source("test")
        .build();
  }
}
