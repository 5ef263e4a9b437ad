package org.communitygov.rules.funding.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a funding decision's outcome says: its code, details, name and equality. */
class FundingOutcomeTest {
  static final LocalDate MARCH_END = LocalDate.of(2026, 3, 31);

  @Test
  void aPostingIsNamedByItsActionWithItsFlags() {
    FundingOutcome plain = FundingOutcome.posting("RECEIPT", List.of(), List.of());
    FundingOutcome flagged =
        FundingOutcome.posting("SPEND", List.of(), List.of(FundingOutcome.EVALUATION_FAILED, "x"));

    assertThat(plain.code()).isEqualTo("RECEIPT");
    assertThat(plain.action()).isEqualTo("RECEIPT");
    assertThat(plain.isRefused()).isFalse();
    assertThat(plain.details()).isEqualTo(Map.of("action", "RECEIPT"));
    assertThat(plain.displayName().orElseThrow().en()).isEqualTo("Posted");
    assertThat(flagged.details())
        .containsExactly(
            Map.entry("action", "SPEND"),
            Map.entry("flags", FundingOutcome.EVALUATION_FAILED + ",x"));
    assertThat(flagged.displayName().orElseThrow().en()).isEqualTo("Posted, flagged");
  }

  @Test
  void aRefusalGivesItsReasonAndTheLedgersCode() {
    FundingOutcome refused = FundingOutcome.refused("SPEND", FundingRefusal.WRONG_PURPOSE);
    FundingOutcome byLedger =
        FundingOutcome.posting("SPEND", List.of(), List.of()).refusedByLedger("closed_period");

    assertThat(refused.code()).isEqualTo("REFUSED");
    assertThat(refused.action()).isEqualTo("SPEND");
    assertThat(refused.isRefused()).isTrue();
    assertThat(refused.details())
        .containsExactly(
            Map.entry("action", "SPEND"), Map.entry("reason", FundingRefusal.WRONG_PURPOSE.code()));
    assertThat(refused.displayName().orElseThrow().en()).isEqualTo("Refused");
    assertThat(byLedger.refusal()).contains(FundingRefusal.LEDGER);
    assertThat(byLedger.ledgerCode()).contains("closed_period");
    assertThat(byLedger.details())
        .containsEntry("reason", FundingRefusal.LEDGER.code())
        .containsEntry("ledgerCode", "closed_period");
    assertThat(byLedger).hasToString("REFUSED" + byLedger.details());
  }

  @Test
  void aCloseGivesTheLastDayItCloses() {
    FundingOutcome close = FundingOutcome.closing(List.of(), MARCH_END);

    assertThat(close.code()).isEqualTo("CLOSE");
    assertThat(close.closes()).contains(MARCH_END);
    assertThat(close.details())
        .containsExactly(Map.entry("action", "CLOSE"), Map.entry("closedThrough", "2026-03-31"));
    assertThat(FundingOutcome.posting("RECEIPT", List.of(), List.of()).closes()).isEmpty();
  }

  @Test
  void equalsAnOutcomeThatAgreesInEveryPart() {
    FundingOutcome posting = FundingOutcome.posting("SPEND", List.of(), List.of("f"));
    FundingOutcome same = FundingOutcome.posting("SPEND", List.of(), List.of("f"));

    assertThat(posting).isEqualTo(posting).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(posting)
        .isNotEqualTo(FundingOutcome.posting("RECEIPT", List.of(), List.of("f")))
        .isNotEqualTo(FundingOutcome.posting("SPEND", List.of(), List.of()))
        .isNotEqualTo(FundingOutcome.refused("SPEND", FundingRefusal.WRONG_PURPOSE))
        .isNotEqualTo(posting.refusedByLedger("closed_period"))
        .isNotEqualTo("SPEND");
    assertThat(posting.refusedByLedger("closed_period"))
        .isEqualTo(same.refusedByLedger("closed_period"))
        .isNotEqualTo(same.refusedByLedger("unbalanced"));
    assertThat(FundingOutcome.closing(List.of(), MARCH_END))
        .isEqualTo(FundingOutcome.closing(List.of(), MARCH_END))
        .isNotEqualTo(FundingOutcome.closing(List.of(), MARCH_END.plusDays(1)));
    assertThat(FundingOutcome.refused("SPEND", FundingRefusal.WRONG_PURPOSE))
        .isNotEqualTo(FundingOutcome.refused("SPEND", FundingRefusal.CLOSED_PERIOD));
  }
}
