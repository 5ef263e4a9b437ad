package org.communitygov.rules.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.points.MemberId;
import org.communitygov.model.points.Scheme;
import org.communitygov.model.points.SchemePolicy;
import org.communitygov.rules.ledger.Ledger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * For random activity histories (on fixed seeds, printed in every message), a member's points
 * balance is the fold of the ledger's entries, the credits still held sum to it, and it never
 * passes the storage cap; what activities credit a member in a year never passes the annual cap,
 * and one activity never credits more than its capped hours are worth.
 */
class PointsPropertyTest {
  static final int OPERATIONS = 400;

  @ParameterizedTest(name = "{0}, seed {1}")
  @CsvSource({
    "time-bank, 1",
    "time-bank, 42",
    "time-bank, 20261202",
    "haelin, 7",
    "haelin, 20261202",
    "hepingli, 3",
    "hepingli, 99",
    "fixed-expiry, 11"
  })
  void balancesAreFoldsOfTheEntriesAndNeverPassTheCaps(String name, long seed) {
    Scheme scheme = PointsFixtures.scheme(name);
    Ledger ledger = PointsFixtures.ledger(scheme);
    PointsBook book = PointsBook.open(scheme, ledger);
    Random random = new Random(seed);
    List<MemberId> members = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      members.add(MemberId.of("M" + i));
    }
    LocalDate date = scheme.policies().get(0).effectiveFrom();
    for (int op = 0; op < OPERATIONS; op++) {
      date = date.plusDays(random.nextInt(4));
      if (date.isAfter(LocalDate.of(2030, 12, 31))) {
        break;
      }
      MemberId m = members.get(random.nextInt(members.size()));
      String id = "X" + op;
      int kind = random.nextInt(20);
      String where = name + " seed " + seed + " op " + op;
      if (kind < 12) {
        BigDecimal hours = BigDecimal.valueOf(random.nextInt(4000), 2).min(new BigDecimal("30"));
        Evaluation evaluation = Evaluation.values()[random.nextInt(Evaluation.values().length)];
        book.accrue(
            new ServiceRecordInput(
                id, "A" + op, m, date, hours, "O1", evaluation, random.nextInt(8) == 0));
      } else if (kind < 13) {
        book.bonus(new ReferralInput(id, m, "N" + op, date));
      } else if (kind < 15) {
        String reward = scheme.policyOn(date).orElseThrow().rewards().get(random.nextInt(2)).code();
        book.redeem(
            new RedemptionRequest(
                id, m, date, reward, 55 + random.nextInt(20), random.nextBoolean()));
      } else if (kind < 18) {
        MemberId to = members.get(random.nextInt(members.size()));
        Recipient recipient = Recipient.values()[random.nextInt(Recipient.values().length)];
        book.give(
            new GiftRequest(
                id,
                m,
                recipient,
                recipient == Recipient.POOL ? Optional.empty() : Optional.of(to),
                BigDecimal.valueOf(1 + random.nextInt(40)),
                date));
      } else {
        book.expire(date);
      }
      check(where, scheme, ledger, book);
    }
  }

  static void check(String where, Scheme scheme, Ledger ledger, PointsBook book) {
    Map<String, Long> fold = new HashMap<>();
    Map<String, Long> accruedInYear = new HashMap<>();
    long sum = 0;
    for (Entry e : ledger.entries()) {
      if (!(e instanceof Transaction tx)) {
        continue;
      }
      SchemePolicy policy = scheme.policyOn(tx.valueDate()).orElseThrow();
      for (Posting p : tx.postings()) {
        sum += p.amount().minor();
        fold.merge(p.account().value(), p.amount().minor(), Long::sum);
        if (tx.id().value().startsWith("acc:") && p.account().value().startsWith("m:")) {
          accruedInYear.merge(
              p.account().value() + "/" + tx.valueDate().getYear(), p.amount().minor(), Long::sum);
          policy
              .maxHoursPerActivity()
              .ifPresent(
                  max ->
                      assertThat(p.amount().decimal())
                          .as("%s: %s credits at most its capped hours' worth", where, tx.id())
                          .isLessThanOrEqualTo(
                              max.value().multiply(policy.pointsPerHour().value())));
        }
      }
    }
    assertThat(sum).as("%s: the ledger sums to zero", where).isZero();
    for (MemberId m : book.members()) {
      String account = PointsAccounts.member(m).value();
      Amount balance = book.balance(m).orElseThrow();
      assertThat(balance.minor())
          .as("%s: the balance of %s is the fold of its entries", where, m)
          .isEqualTo(fold.getOrDefault(account, 0L))
          .isEqualTo(book.held(m))
          .isGreaterThanOrEqualTo(0);
      for (SchemePolicy p : scheme.policies()) {
        p.storageCap()
            .ifPresent(
                cap ->
                    assertThat(balance.decimal())
                        .as("%s: %s stays within the storage cap", where, m)
                        .isLessThanOrEqualTo(cap.value()));
      }
    }
    accruedInYear.forEach(
        (key, minor) -> {
          int year = Integer.parseInt(key.substring(key.indexOf('/') + 1));
          scheme
              .policyOn(LocalDate.of(year, 12, 31))
              .flatMap(SchemePolicy::annualCap)
              .ifPresent(
                  cap ->
                      assertThat(Amount.ofMinor(scheme.unit(), minor).decimal())
                          .as("%s: %s within the annual cap", where, key)
                          .isLessThanOrEqualTo(cap.value()));
        });
  }
}
