package org.communitygov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.communitygov.model.common.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link RuleContext#parameters(Class)}: a rule's parameters declared by name. */
class DeclaredParametersTest {
  static final AtomicInteger MADE = new AtomicInteger();

  record Standards(
      @ParameterId("mlg.standard.urban") ResolvedParameter<Money> urban,
      @ParameterId("mlg.members.adultAge") ResolvedParameter<Integer> adultAge,
      @ParameterId("mlg.benefit.rounding") ResolvedParameter<String> rounding) {
    Standards {
      MADE.incrementAndGet();
    }
  }

  record MaybeRural(@ParameterId("mlg.standard.rural") Optional<ResolvedParameter<Money>> rural) {}

  /** A class that derives a value from its parameter and the context's date. */
  static final class Adults {
    final LocalDate bornBy;

    Adults(@ParameterId("mlg.members.adultAge") ResolvedParameter<Integer> age, RuleContext c) {
      bornBy = c.date().minusYears(age.value());
    }
  }

  record Unmarked(ResolvedParameter<BigDecimal> urban) {}

  record WrongType(@ParameterId("mlg.standard.urban") ResolvedParameter<Integer> urban) {}

  record NotResolved(@ParameterId("mlg.standard.urban") Money urban) {}

  record Amount(@ParameterId("x.amount") ResolvedParameter<Money> amount) {}

  static RuleContext context(String place, LocalDate date) {
    return RuleContext.of(ParameterSet.defaults(), Jurisdiction.parse(place), date);
  }

  @Nested
  class ARecordOfNamedParameters {
    @Test
    void isResolvedOnceInAContextAndSharedAfterwards() {
      RuleContext context = context("500103", LocalDate.of(2024, 1, 1));
      int before = MADE.get();

      Standards first = context.parameters(Standards.class);

      assertThat(context.parameters(Standards.class)).isSameAs(first);
      assertThat(MADE.get() - before).isEqualTo(1);
      assertThat(first.urban()).isSameAs(context.resolve(RuleContextTest.URBAN));
      assertThat(first.urban().value()).isEqualTo(Money.parse("735.00 CNY"));
      assertThat(first.adultAge().value()).isEqualTo(18);
      assertThat(first.rounding().value()).isEqualTo("HALF_UP_FEN");
    }

    @Test
    void isMadeAgainInAnotherContext() {
      Standards a = context("500103", LocalDate.of(2023, 8, 31)).parameters(Standards.class);
      Standards b = context("500103", LocalDate.of(2023, 9, 1)).parameters(Standards.class);

      assertThat(a.urban().value()).isEqualTo(Money.parse("717.00 CNY"));
      assertThat(b.urban().value()).isEqualTo(Money.parse("735.00 CNY"));
    }

    @Test
    void throwsForAMissingParameterEveryTimeAndKeepsNothing() {
      RuleContext shanghai = context("310101", LocalDate.of(2024, 1, 1));
      for (int i = 0; i < 2; i++) {
        assertThatThrownBy(() -> shanghai.parameters(Standards.class))
            .isInstanceOf(MissingParameterException.class)
            .hasMessageContaining("mlg.standard.urban");
      }
    }

    @Test
    void givesAnOptionalParameterEmptyWhereItHasNoValue() {
      assertThat(context("310101", LocalDate.of(2024, 1, 1)).parameters(MaybeRural.class).rural())
          .isEmpty();
      assertThat(context("500103", LocalDate.of(2024, 1, 1)).parameters(MaybeRural.class).rural())
          .hasValueSatisfying(p -> assertThat(p.value()).isEqualTo(Money.parse("600.00 CNY")));
    }

    @Test
    void mayBeAClassThatDerivesValuesFromTheContext() {
      Adults adults = context("500103", LocalDate.of(2024, 6, 1)).parameters(Adults.class);

      assertThat(adults.bornBy).isEqualTo(LocalDate.of(2006, 6, 1));
    }

    @Test
    void readsMoneyParameters() {
      ParameterSet set =
          ParameterSetTest.load(
              """
              {"topic": "t", "parameters": [{"id": "x.amount", "type": "MONEY", "unit": "CNY",
                "values": [{"jurisdiction": "national", "effectiveFrom": "2020-01-01",
                  "value": "100.00 CNY", "confidence": "CONFIRMED",
                  "reference": {"document": {"zh": "文件", "en": "document"}}}]}]}
              """);
      Amount amount =
          RuleContext.of(set, Jurisdiction.national(), LocalDate.of(2024, 1, 1))
              .parameters(Amount.class);

      assertThat(amount.amount().value()).isEqualTo(Money.parse("100.00 CNY"));
    }
  }

  @Nested
  class AnInvalidDeclaration {
    @Test
    void withoutAParameterIdIsRefusedNamingTheClass() {
      RuleContext context = context("500103", LocalDate.of(2024, 1, 1));
      assertThatThrownBy(() -> context.parameters(Unmarked.class))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Unmarked")
          .hasMessageContaining("@ParameterId");
    }

    @Test
    void whoseTypeDiffersFromTheParametersIsRefused() {
      RuleContext context = context("500103", LocalDate.of(2024, 1, 1));
      assertThatThrownBy(() -> context.parameters(WrongType.class))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("mlg.standard.urban");
    }

    @Test
    void ofAValueInsteadOfAResolvedParameterIsRefused() {
      RuleContext context = context("500103", LocalDate.of(2024, 1, 1));
      assertThatThrownBy(() -> context.parameters(NotResolved.class))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("ResolvedParameter");
    }

    @Test
    void thatIsAnInterfaceIsRefused() {
      RuleContext context = context("500103", LocalDate.of(2024, 1, 1));
      assertThatThrownBy(() -> context.parameters(Runnable.class))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("record or a concrete class");
    }
  }
}
