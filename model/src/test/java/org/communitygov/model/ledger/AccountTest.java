package org.communitygov.model.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.communitygov.model.common.InvalidValueException;
import org.junit.jupiter.api.Test;

class AccountTest {
  static ImmutableAccount.Builder account() {
    return Account.builder()
        .id(AccountId.of("M-001"))
        .ledger(LedgerId.of("heping-time-bank"))
        .kind(AccountKind.MEMBER)
        .unit(Unit.HOUR)
        .openedOn(LocalDate.parse("2026-01-05"));
  }

  @Test
  void isTheEntryThatOpensIt() {
    Account a = account().addFlag(AccountFlag.OVERDRAFT_FORBIDDEN).build();
    assertThat(a.entryKind()).isEqualTo(EntryKind.ACCOUNT);
    assertThat(a.key()).isEqualTo("M-001");
    assertThat(a.date()).isEqualTo(LocalDate.parse("2026-01-05"));
    assertThat(a.has(AccountFlag.OVERDRAFT_FORBIDDEN)).isTrue();
    assertThat(a.has(AccountFlag.RESTRICTED_PURPOSE)).isFalse();
  }

  @Test
  void holdsOnlyTheUnitsOfItsKind() {
    assertThatThrownBy(() -> account().unit(Unit.CNY).build())
        .isInstanceOf(InvalidValueException.class)
        .hasFieldOrPropertyWithValue("code", "account.unit");
    assertThatThrownBy(() -> account().kind(AccountKind.ASSET).build())
        .hasFieldOrPropertyWithValue("code", "account.unit");
    assertThat(account().kind(AccountKind.ASSET).unit(Unit.CNY).build().unit()).isEqualTo(Unit.CNY);
    assertThat(account().unit(Unit.POINT).build().unit()).isEqualTo(Unit.POINT);
  }

  @Test
  void namesItsPurposeIfAndOnlyIfRestricted() {
    assertThatThrownBy(() -> account().addFlag(AccountFlag.RESTRICTED_PURPOSE).build())
        .hasFieldOrPropertyWithValue("code", "account.purpose");
    assertThatThrownBy(() -> account().purpose("canteen").build())
        .hasFieldOrPropertyWithValue("code", "account.purpose");
    assertThat(
            account()
                .addFlag(AccountFlag.RESTRICTED_PURPOSE)
                .purpose("elderly canteen")
                .build()
                .purpose())
        .contains("elderly canteen");
  }

  @Test
  void refusesAnOwnerThatIsNotAnIdentifier() {
    assertThatThrownBy(() -> Owner.of(OwnerKind.PERSON, "11010519491231002X "))
        .hasFieldOrPropertyWithValue("code", "owner.id");
    assertThat(account().owner(Owner.of(OwnerKind.HOUSEHOLD, "H001")).build().owner())
        .contains(Owner.of(OwnerKind.HOUSEHOLD, "H001"));
  }
}
