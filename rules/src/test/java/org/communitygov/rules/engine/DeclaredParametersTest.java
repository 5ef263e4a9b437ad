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

  record Kinds(
      @ParameterId("x.share") ResolvedParameter<BigDecimal> share,
      @ParameterId("x.allowed") ResolvedParameter<Boolean> allowed) {}

  abstract static class Abstract {}

  enum Enumerated {
    ONE
  }

  static final class TwoConstructors {
    TwoConstructors() {}

    TwoConstructors(RuleContext c) {}
  }

  @SuppressWarnings("rawtypes")
  record RawOptional(@ParameterId("mlg.standard.rural") Optional rural) {}

  @SuppressWarnings("rawtypes")
  record RawResolved(@ParameterId("mlg.standard.urban") ResolvedParameter urban) {}

  record OptionalValue(@ParameterId("mlg.standard.rural") Optional<Money> rural) {}

  record DateValued(@ParameterId("mlg.standard.urban") ResolvedParameter<LocalDate> urban) {}

  record SecondUnmarked(
      @ParameterId("mlg.standard.urban") ResolvedParameter<Money> urban, String note) {}

  /** Not static: its constructor's first parameter is the enclosing instance. */
  final class Inner {
    Inner(@ParameterId("mlg.standard.urban") ResolvedParameter<Money> urban) {}
  }

  static final class Refusing {
    Refusing(@ParameterId("mlg.standard.urban") ResolvedParameter<Money> urban) {
      throw new IllegalStateException("urban standard " + urban.value() + " refused");
    }
  }

  static final class Failing {
    Failing(RuleContext c) {
      throw new ExceptionInInitializerError("an error, not an exception");
    }
  }

  static final class Checked {
    Checked(RuleContext c) throws Exception {
      throw new Exception("a checked exception");
    }
  }

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

    @Test
    void readsDecimalAndBooleanParameters() {
      ParameterSet set =
          ParameterSetTest.load(
              """
              {"topic": "t", "parameters": [
                {"id": "x.share", "type": "DECIMAL", "unit": "share",
                 "values": [{"jurisdiction": "national", "effectiveFrom": "2020-01-01",
                   "value": 0.25, "confidence": "CONFIRMED",
                   "reference": {"document": {"zh": "文件", "en": "document"}}}]},
                {"id": "x.allowed", "type": "BOOLEAN", "unit": "flag",
                 "values": [{"jurisdiction": "national", "effectiveFrom": "2020-01-01",
                   "value": true, "confidence": "CONFIRMED",
                   "reference": {"document": {"zh": "文件", "en": "document"}}}]}]}
              """);
      Kinds kinds =
          RuleContext.of(set, Jurisdiction.national(), LocalDate.of(2024, 1, 1))
              .parameters(Kinds.class);

      assertThat(kinds.share().value()).isEqualTo(new BigDecimal("0.25"));
      assertThat(kinds.allowed().value()).isTrue();
    }
  }

  @Nested
  class AConstructorThatThrows {
    @Test
    void passesAnUncheckedExceptionOnUnwrapped() {
      RuleContext context = context("500103", LocalDate.of(2024, 1, 1));
      assertThatThrownBy(() -> context.parameters(Refusing.class))
          .isExactlyInstanceOf(IllegalStateException.class)
          .hasMessage("urban standard 735.00 CNY refused")
          .hasNoCause();
    }

    @Test
    void passesAnErrorOnUnwrapped() {
      RuleContext context = context("500103", LocalDate.of(2024, 1, 1));
      assertThatThrownBy(() -> context.parameters(Failing.class))
          .isExactlyInstanceOf(ExceptionInInitializerError.class)
          .hasMessage("an error, not an exception");
    }

    @Test
    void wrapsACheckedExceptionInAnIllegalState() {
      RuleContext context = context("500103", LocalDate.of(2024, 1, 1));
      assertThatThrownBy(() -> context.parameters(Checked.class))
          .isExactlyInstanceOf(IllegalStateException.class)
          .cause()
          .isExactlyInstanceOf(Exception.class)
          .hasMessage("a checked exception");
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

    @Test
    void thatIsAbstractOrAnEnumIsRefused() {
      RuleContext context = context("500103", LocalDate.of(2024, 1, 1));
      for (Class<?> type : java.util.List.of(Abstract.class, Enumerated.class)) {
        assertThatThrownBy(() -> context.parameters(type))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage(
                "parameter declaration "
                    + type.getName()
                    + " must be a record or a concrete class");
      }
    }

    @Test
    void withTwoConstructorsIsRefused() {
      RuleContext context = context("500103", LocalDate.of(2024, 1, 1));
      assertThatThrownBy(() -> context.parameters(TwoConstructors.class))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "parameter declaration "
                  + TwoConstructors.class.getName()
                  + " must have exactly one constructor");
    }

    @Test
    void withoutTheTypeArgumentOfItsOptionalOrResolvedParameterIsRefused() {
      RuleContext context = context("500103", LocalDate.of(2024, 1, 1));
      for (Class<?> type : java.util.List.of(RawOptional.class, RawResolved.class)) {
        assertThatThrownBy(() -> context.parameters(type))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage(
                "parameter declaration "
                    + type.getName()
                    + ": constructor parameter 0 needs its type argument");
      }
    }

    @Test
    void ofAnOptionalValueInsteadOfAnOptionalResolvedParameterIsRefused() {
      RuleContext context = context("500103", LocalDate.of(2024, 1, 1));
      assertThatThrownBy(() -> context.parameters(OptionalValue.class))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "parameter declaration "
                  + OptionalValue.class.getName()
                  + ": @ParameterId(\"mlg.standard.rural\") must be a ResolvedParameter<T> or an"
                  + " Optional of one");
    }

    @Test
    void ofAValueTypeThatNoParameterHasIsRefused() {
      RuleContext context = context("500103", LocalDate.of(2024, 1, 1));
      assertThatThrownBy(() -> context.parameters(DateValued.class))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "parameter declaration "
                  + DateValued.class.getName()
                  + ": @ParameterId(\"mlg.standard.urban\") has a value type that is no parameter"
                  + " type");
    }

    @Test
    void namesTheUnmarkedConstructorParameterByItsPosition() {
      RuleContext context = context("500103", LocalDate.of(2024, 1, 1));
      assertThatThrownBy(() -> context.parameters(SecondUnmarked.class))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "parameter declaration "
                  + SecondUnmarked.class.getName()
                  + ": constructor parameter 1 is neither a RuleContext nor marked @ParameterId");
    }

    @Test
    void thatIsAnInnerClassIsRefused() {
      RuleContext context = context("500103", LocalDate.of(2024, 1, 1));
      assertThatThrownBy(() -> context.parameters(Inner.class))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "parameter declaration "
                  + Inner.class.getName()
                  + ": its constructor's parameter types cannot be read");
    }
  }
}
