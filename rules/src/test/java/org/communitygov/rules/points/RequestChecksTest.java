package org.communitygov.rules.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitygov.rules.points.PointsBookTest.V1;
import static org.communitygov.rules.points.PointsBookTest.V2;
import static org.communitygov.rules.points.PointsBookTest.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The checks of the points requests at their edges, and the transaction ids made from them. */
class RequestChecksTest {
  static final LocalDate DAY = LocalDate.parse("2026-03-05");

  static String code(Runnable r) {
    try {
      r.run();
      return "accepted";
    } catch (InvalidValueException e) {
      return e.code();
    }
  }

  @Test
  void aGiftIsPositiveAndNamesAMemberExceptForThePool() {
    assertThat(
            code(
                () ->
                    new GiftRequest(
                        "G", V1, Recipient.FRIEND, Optional.of(V2), BigDecimal.ZERO, DAY)))
        .isEqualTo("gift.amount");
    assertThat(
            code(
                () ->
                    new GiftRequest(
                        "G", V1, Recipient.FRIEND, Optional.of(V2), new BigDecimal("-1"), DAY)))
        .isEqualTo("gift.amount");
    assertThat(
            code(
                () ->
                    new GiftRequest(
                        "G", V1, Recipient.FRIEND, Optional.of(V2), new BigDecimal("0.01"), DAY)))
        .isEqualTo("accepted");
    assertThat(
            code(
                () ->
                    new GiftRequest("G", V1, Recipient.POOL, Optional.of(V2), BigDecimal.ONE, DAY)))
        .isEqualTo("gift.to");
    assertThat(
            code(
                () ->
                    new GiftRequest(
                        "G", V1, Recipient.RELATIVE, Optional.empty(), BigDecimal.ONE, DAY)))
        .isEqualTo("gift.to");
    assertThat(
            code(
                () ->
                    new GiftRequest(
                        "G", V1, Recipient.POOL, Optional.empty(), BigDecimal.ONE, DAY)))
        .isEqualTo("accepted");
  }

  @Test
  void aRedemptionIsAskedAtAnAgeOfZeroOrMore() {
    assertThat(code(() -> new RedemptionRequest("Q", V1, DAY, "GOLD_CARD", -1, false)))
        .isEqualTo("redemption.age");
    assertThat(code(() -> new RedemptionRequest("Q", V1, DAY, "GOLD_CARD", 0, false)))
        .isEqualTo("accepted");
  }

  @Test
  void hoursAreZeroOrMoreWithAtMostTwoDecimals() {
    assertThat(code(() -> record("R", V1, "2026-03-05", "-0.01"))).isEqualTo("serviceRecord.hours");
    assertThat(code(() -> record("R", V1, "2026-03-05", "0"))).isEqualTo("accepted");
    assertThat(code(() -> record("R", V1, "2026-03-05", "1.25"))).isEqualTo("accepted");
    assertThat(code(() -> record("R", V1, "2026-03-05", "1.250"))).isEqualTo("accepted");
    assertThat(code(() -> record("R", V1, "2026-03-05", "1.255"))).isEqualTo("serviceRecord.hours");
  }

  @Test
  void aRecordNamesItsOrganiser() {
    assertThatThrownBy(
            () ->
                new ServiceRecordInput(
                    "R", "A", V1, DAY, BigDecimal.ONE, " ", Evaluation.NONE, false))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("organiser");
  }

  @Test
  void aKeyOfSixtyFourCharactersIsTheIdAndALongerOneIsHashedAfterItsPrefix() {
    String at = "acc:" + "a".repeat(60);
    assertThat(EntryKeys.of(at).value()).isEqualTo(at);
    String above = "acc:" + "a".repeat(61);
    String hashed = EntryKeys.of(above).value();
    assertThat(hashed).startsWith("acc:").hasSize(44).matches("acc:[0-9a-f]{40}");
    assertThat(EntryKeys.of(above)).isEqualTo(EntryKeys.of(above));
    assertThat(EntryKeys.of("acc:" + "b".repeat(61)).value()).isNotEqualTo(hashed);
  }
}
