package org.communitygov.model.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.communitygov.model.common.DateRange;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.LocalizedName;
import org.communitygov.model.common.Money;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.household.PopulationGroup;
import org.communitygov.model.service.ServiceCategory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FundingInvariantsTest {
  static final CommunityId C = CommunityId.of("110101001001");
  static final LocalDate D = LocalDate.of(2026, 3, 1);

  static Money cny(String a) {
    return Money.ofCny(new BigDecimal(a));
  }

  static ImmutableFund.Builder fund(SourceKind source, Grantor grantor) {
    return Fund.builder()
        .id(FundId.of("F1"))
        .community(C)
        .name(LocalizedName.of("基金"))
        .source(source)
        .grantor(grantor);
  }

  static Grantor government() {
    return Grantor.of(GrantorKind.GOVERNMENT, "区民政局", Optional.empty());
  }

  @Nested
  class Ids {
    @Test
    void aFundIdLongerThan24CharactersIsRefused() {
      assertThat(FundId.of("F".repeat(24)).value()).hasSize(24);
      assertThatThrownBy(() -> FundId.of("F".repeat(25)))
          .isInstanceOf(InvalidValueException.class)
          .hasFieldOrPropertyWithValue("code", "fundId.length");
    }
  }

  @Nested
  class Funds {
    @Test
    void aLotteryFundComesFromAGovernmentBody() {
      assertThat(fund(SourceKind.WELFARE_LOTTERY, government()).build().source().isLottery())
          .isTrue();
      assertThatThrownBy(
              () ->
                  fund(
                          SourceKind.WELFARE_LOTTERY,
                          Grantor.of(GrantorKind.ORGANISATION, "某公司", Optional.empty()))
                      .build())
          .hasFieldOrPropertyWithValue("code", "fund.grantor");
    }

    @Test
    void anIndividualDonationComesFromAPersonAndAPersonOnlyDonates() {
      assertThat(fund(SourceKind.DONATION_INDIVIDUAL, Grantor.anonymous()).build()).isNotNull();
      assertThatThrownBy(() -> fund(SourceKind.DONATION_INDIVIDUAL, government()).build())
          .hasFieldOrPropertyWithValue("code", "fund.grantor");
      assertThatThrownBy(() -> fund(SourceKind.SELF_RAISED, Grantor.individual("李四")).build())
          .hasFieldOrPropertyWithValue("code", "fund.grantor");
    }

    @Test
    void aFundIsUnrestrictedByDefault() {
      assertThat(fund(SourceKind.SELF_RAISED, government()).build().restriction().isRestricted())
          .isFalse();
    }
  }

  @Nested
  class Grantors {
    @Test
    void anOrganisationIsNamedAndAPersonHasNoCode() {
      assertThatThrownBy(() -> Grantor.of(GrantorKind.ORGANISATION, " ", Optional.empty()))
          .hasFieldOrPropertyWithValue("code", "grantor.name");
      assertThat(Grantor.anonymous().publicName()).isEqualTo("匿名捐赠者");
      assertThat(government().publicName()).isEqualTo("区民政局");
    }
  }

  @Nested
  class Restrictions {
    @Test
    void eachRestrictionNamesItsPurposeAsTheLedgerDoes() {
      assertThat(
              Restriction.toCategory(ServiceCategory.MEAL_ASSISTANCE, Optional.empty()).purpose())
          .contains("category:MEAL_ASSISTANCE");
      assertThat(Restriction.toProject(ProjectId.of("P1"), Optional.empty()).purpose())
          .contains("project:P1");
      assertThat(Restriction.toGroup(PopulationGroup.ELDERLY, Optional.of(D)).purpose())
          .contains("group:ELDERLY");
      assertThat(Restriction.unrestricted().purpose()).isEmpty();
    }

    @Test
    void aRestrictionWithAnotherTargetOrAnUnrestrictedEndDateIsRefused() {
      assertThatThrownBy(
              () ->
                  ImmutableRestriction.builder()
                      .kind(RestrictionKind.PROJECT)
                      .category(ServiceCategory.MEDICAL)
                      .build())
          .hasFieldOrPropertyWithValue("code", "restriction.target");
      assertThatThrownBy(
              () ->
                  ImmutableRestriction.builder()
                      .kind(RestrictionKind.UNRESTRICTED)
                      .endsOn(D)
                      .build())
          .hasFieldOrPropertyWithValue("code", "restriction.endsOn");
    }
  }

  @Nested
  class Contracts {
    ImmutablePurchaseContract.Builder contract(String amount, String... payments) {
      ImmutablePurchaseContract.Builder b =
          PurchaseContract.builder()
              .id(ContractId.of("C1"))
              .community(C)
              .buyer(ContractParty.of(LocalizedName.of("街道办"), Optional.empty()))
              .provider(ContractParty.of(LocalizedName.of("社工站"), Optional.empty()))
              .addServiceCodes("HOME_VISIT")
              .category(ServiceCategory.DAILY_CARE)
              .fund(FundId.of("F1"))
              .amount(cny(amount))
              .term(DateRange.ofClosed(D, D.plusMonths(12).minusDays(1)));
      for (int i = 0; i < payments.length; i++) {
        b.addMilestones(
            Milestone.builder()
                .code("M" + (i + 1))
                .deliverable("交付")
                .dueOn(D.plusMonths(i + 1))
                .payment(cny(payments[i]))
                .build());
      }
      return b;
    }

    @Test
    void theScheduleSumsToTheAmount() {
      assertThat(contract("100.00", "40.00", "60.00").build().milestone("M2")).isPresent();
      assertThatThrownBy(() -> contract("100.00", "40.00", "60.01").build())
          .hasFieldOrPropertyWithValue("code", "purchaseContract.schedule");
    }

    @Test
    void aContractHasMilestonesAndBuysAService() {
      assertThatThrownBy(() -> contract("100.00").build())
          .hasFieldOrPropertyWithValue("code", "purchaseContract.milestones");
      assertThatThrownBy(
              () -> contract("100.00", "100.00").serviceCodes(java.util.List.of()).build())
          .hasFieldOrPropertyWithValue("code", "purchaseContract.services");
    }

    @Test
    void aMilestoneIsDueWithinTheTerm() {
      assertThatThrownBy(
              () ->
                  contract("100.00", "100.00").term(DateRange.ofClosed(D, D.plusDays(10))).build())
          .hasFieldOrPropertyWithValue("code", "purchaseContract.milestones");
    }

    @Test
    void theLatestEvaluationOnADateCounts() {
      PurchaseContract c =
          contract("100.00", "100.00")
              .addEvaluations(
                  PerformanceEvaluation.of(D.plusDays(10), "甲", EvaluationResult.GOOD),
                  PerformanceEvaluation.of(D.plusDays(40), "乙", EvaluationResult.FAILED))
              .build();
      assertThat(c.evaluationOn(D)).isEmpty();
      assertThat(c.evaluationOn(D.plusDays(39)).map(PerformanceEvaluation::result))
          .contains(EvaluationResult.GOOD);
      assertThat(c.evaluationOn(D.plusDays(40)).map(PerformanceEvaluation::result))
          .contains(EvaluationResult.FAILED);
    }
  }

  @Nested
  class Transactions {
    ImmutableFundingTransaction.Builder tx(FundingKind kind) {
      return FundingTransaction.builder()
          .id("T1")
          .kind(kind)
          .date(D)
          .fund(FundId.of("F1"))
          .amount(cny("1.00"));
    }

    @Test
    void aTransferNamesAnotherFundAndASpendItsCategory() {
      assertThatThrownBy(() -> tx(FundingKind.TRANSFER).build())
          .hasFieldOrPropertyWithValue("code", "fundingTransaction.toFund");
      assertThatThrownBy(() -> tx(FundingKind.TRANSFER).toFund(FundId.of("F1")).build())
          .hasFieldOrPropertyWithValue("code", "fundingTransaction.toFund");
      assertThatThrownBy(() -> tx(FundingKind.SPEND).build())
          .hasFieldOrPropertyWithValue("code", "fundingTransaction.category");
      assertThatThrownBy(() -> tx(FundingKind.CONTRACT_PAYMENT).milestone("M1").build())
          .hasFieldOrPropertyWithValue("code", "fundingTransaction.contract");
    }

    @Test
    void theAmountIsPositiveAndTheIdShort() {
      assertThatThrownBy(() -> tx(FundingKind.RECEIPT).amount(cny("0.00")).build())
          .hasFieldOrPropertyWithValue("code", "fundingTransaction.amount");
      assertThatThrownBy(() -> tx(FundingKind.RECEIPT).id("x".repeat(49)).build())
          .hasFieldOrPropertyWithValue("code", "fundingTransaction.id");
      assertThat(tx(FundingKind.RECEIPT).build().major()).isFalse();
    }
  }
}
