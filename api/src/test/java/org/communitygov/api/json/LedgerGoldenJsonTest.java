package org.communitygov.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.ledger.Account;
import org.communitygov.model.ledger.AccountFlag;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.AccountKind;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.EntryId;
import org.communitygov.model.ledger.LedgerId;
import org.communitygov.model.ledger.LedgerRecord;
import org.communitygov.model.ledger.Owner;
import org.communitygov.model.ledger.OwnerKind;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Pins the wire format of the ledger types of an exchange document ({@code model.ledger}, ADR
 * 0058), with golden files in {@code src/test/resources/golden-ledger/}. Rewrite after an intended
 * change with {@code -Dgolden.update=true}. The journal's canonical form is another format, pinned
 * by the rules module's tests.
 */
class LedgerGoldenJsonTest {
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden-ledger");

  final JsonMapper json = CommunityGovMappers.strict();

  static Account account() {
    return Account.builder()
        .id(AccountId.of("m1"))
        .ledger(LedgerId.of("heping-time-bank"))
        .kind(AccountKind.MEMBER)
        .unit(Unit.HOUR)
        .addFlags(AccountFlag.OVERDRAFT_FORBIDDEN)
        .owner(Owner.of(OwnerKind.PERSON, "P0001"))
        .openedOn(LocalDate.of(2026, 1, 1))
        .build();
  }

  static Account fund() {
    return Account.builder()
        .id(AccountId.of("canteen-fund"))
        .ledger(LedgerId.of("heping-funds"))
        .kind(AccountKind.LIABILITY)
        .unit(Unit.CNY)
        .addFlags(AccountFlag.RESTRICTED_PURPOSE)
        .purpose("elderly canteen 2026")
        .openedOn(LocalDate.of(2026, 1, 1))
        .build();
  }

  static Posting posting(String account, String amount) {
    return Posting.of(AccountId.of(account), Amount.parse(amount));
  }

  static Transaction transaction() {
    return Transaction.builder()
        .id(EntryId.of("T1"))
        .bookingDate(LocalDate.of(2026, 1, 10))
        .valueDate(LocalDate.of(2026, 1, 9))
        .addPostings(posting("issuance", "-3.00 HOUR"), posting("m1", "3.00 HOUR"))
        .memo("escort to the clinic")
        .source("SR-2026-0001")
        .build();
  }

  static Transaction reversal() {
    return Transaction.builder()
        .id(EntryId.of("T1-R"))
        .bookingDate(LocalDate.of(2026, 1, 12))
        .valueDate(LocalDate.of(2026, 1, 12))
        .addPostings(posting("m1", "-3.00 HOUR"), posting("issuance", "3.00 HOUR"))
        .reverses(EntryId.of("T1"))
        .build();
  }

  static Transaction pending() {
    return Transaction.builder()
        .id(EntryId.of("P1"))
        .bookingDate(LocalDate.of(2026, 2, 1))
        .valueDate(LocalDate.of(2026, 2, 1))
        .addPostings(posting("canteen-fund", "-120.50 CNY"), posting("canteen", "120.50 CNY"))
        .purpose("elderly canteen 2026")
        .expiresOn(LocalDate.of(2026, 2, 28))
        .build();
  }

  static List<GoldenCases.Case> cases() {
    return List.of(
        new GoldenCases.Case("account-id", AccountId.class, AccountId.of("m1")),
        new GoldenCases.Case("entry-id", EntryId.class, EntryId.of("T1")),
        new GoldenCases.Case("ledger-id", LedgerId.class, LedgerId.of("heping-time-bank")),
        new GoldenCases.Case("unit", Unit.class, Unit.CNY),
        new GoldenCases.Case("owner", Owner.class, Owner.of(OwnerKind.HOUSEHOLD, "H001")),
        new GoldenCases.Case("posting", Posting.class, posting("m1", "-12.50 CNY")),
        new GoldenCases.Case("account", Account.class, account()),
        new GoldenCases.Case("account-restricted", Account.class, fund()),
        new GoldenCases.Case("transaction", Transaction.class, transaction()),
        new GoldenCases.Case("transaction-reversal", Transaction.class, reversal()),
        new GoldenCases.Case("transaction-pending", Transaction.class, pending()),
        new GoldenCases.Case(
            "ledger-record-account", LedgerRecord.class, LedgerRecord.of(account())),
        new GoldenCases.Case(
            "ledger-record-transaction", LedgerRecord.class, LedgerRecord.of(transaction())));
  }

  @TestFactory
  Stream<DynamicContainer> everyLedgerTypeMatchesItsGoldenFile() {
    return GoldenCases.matchTheirFiles(GOLDEN, cases(), json);
  }

  @Test
  void everyEnumConstantMatchesTheGoldenFile() throws IOException {
    ObjectNode codes = json.createObjectNode();
    codes.set("AccountKind", json.valueToTree(AccountKind.values()));
    codes.set("AccountFlag", json.valueToTree(AccountFlag.values()));
    codes.set("OwnerKind", json.valueToTree(OwnerKind.values()));
    new ServiceGoldenJsonTest().writesAsGolden(GOLDEN.resolve("enums.json"), codes);
  }

  @Test
  void everyGoldenFileHasACase() throws IOException {
    GoldenCases.haveEveryFile(GOLDEN, cases());
  }

  @Test
  void readsAnAmountWithFewerDecimalsThanTheUnitAndWritesItWithAll() throws IOException {
    Posting read =
        json.readValue("{\"account\":\"m1\",\"amount\":\"3.5\",\"unit\":\"HOUR\"}", Posting.class);

    assertThat(read).isEqualTo(posting("m1", "3.50 HOUR"));
    assertThat(json.writeValueAsString(read)).contains("\"amount\":\"3.50\"");
  }

  @Test
  void refusesAnAmountWithMoreDecimalsThanTheUnitAndANumberInsteadOfAString() {
    assertThatThrownBy(
            () ->
                json.readValue(
                    "{\"account\":\"m1\",\"amount\":\"3.125\",\"unit\":\"HOUR\"}", Posting.class))
        .rootCause()
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("amount.scale"));
    assertThatThrownBy(
            () ->
                json.readValue(
                    "{\"account\":\"m1\",\"amount\":\"1e3\",\"unit\":\"HOUR\"}", Posting.class))
        .rootCause()
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("amount.format"));
  }

  @Test
  void refusesAnUnbalancedTransactionOrOneInTwoUnitsAsARecordNamingThePostings() {
    Transaction unbalanced =
        Transaction.builder()
            .from(transaction())
            .postings(List.of(posting("issuance", "-3.00 HOUR"), posting("m1", "2.75 HOUR")))
            .build();
    Transaction twoUnits =
        Transaction.builder()
            .from(transaction())
            .postings(
                List.of(
                    posting("issuance", "-3.00 HOUR"),
                    posting("m1", "3.00 HOUR"),
                    posting("points", "-5 POINT"),
                    posting("m1", "5 POINT")))
            .build();

    assertThatThrownBy(() -> LedgerRecord.of(unbalanced))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo("transaction.unbalanced");
              assertThat(e.pointer()).contains("/transaction/postings");
              assertThat(e.arguments()).containsEntry("unit", "HOUR").containsEntry("sum", "-0.25");
            });
    assertThatThrownBy(() -> LedgerRecord.of(twoUnits))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo("transaction.mixedUnits");
              assertThat(e.pointer()).contains("/transaction/postings/2/unit");
              assertThat(e.arguments())
                  .containsEntry("unit", "HOUR")
                  .containsEntry("otherUnit", "POINT");
            });
  }
}
