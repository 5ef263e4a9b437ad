package org.communitygov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.Money;
import org.communitygov.model.common.SensitiveCategory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link FactMapping} and {@link FactType}: an input as named facts and back, declared once. */
class FactMappingTest {
  enum Area {
    URBAN,
    RURAL
  }

  record Input(
      Optional<LocalDate> birthDate,
      Optional<Money> income,
      Optional<Area> area,
      Optional<Integer> members,
      Optional<Boolean> alone) {}

  /** A builder of the record, as Immutables would make. */
  static final class Builder {
    @Nullable LocalDate birthDate;
    @Nullable Money income;
    @Nullable Area area;
    @Nullable Integer members;
    @Nullable Boolean alone;

    Input build() {
      return new Input(
          Optional.ofNullable(birthDate),
          Optional.ofNullable(income),
          Optional.ofNullable(area),
          Optional.ofNullable(members),
          Optional.ofNullable(alone));
    }
  }

  static final FactMapping<Input> FACTS =
      FactMapping.builder(Input.class, Builder::new, Builder::build)
          .required("birthDate", FactType.date(), Input::birthDate, (b, v) -> b.birthDate = v)
          .required(
              "income",
              FactType.money().sensitive(SensitiveCategory.FINANCIAL),
              Input::income,
              (b, v) -> b.income = v)
          .optional("area", FactType.code(Area.class), Input::area, (b, v) -> b.area = v)
          .optional("members", FactType.integer(), Input::members, (b, v) -> b.members = v)
          .optional("alone", FactType.bool(), Input::alone, (b, v) -> b.alone = v)
          .build();

  static final Input FULL =
      new Input(
          Optional.of(LocalDate.of(1940, 2, 29)),
          Optional.of(Money.parse("1500.00 CNY")),
          Optional.of(Area.RURAL),
          Optional.of(3),
          Optional.of(false));

  static Facts facts(String... nameValue) {
    Fact[] all = new Fact[nameValue.length / 2];
    for (int i = 0; i < all.length; i++) {
      all[i] = Fact.of(nameValue[2 * i], nameValue[2 * i + 1]);
    }
    return Facts.of(List.of(all));
  }

  @Nested
  class AnInput {
    @Test
    void isWrittenAsFactsInDeclarationOrderAndReadBack() {
      Facts facts = FACTS.facts(FULL);

      assertThat(facts.all())
          .extracting(Fact::name, Fact::value)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("birthDate", "1940-02-29"),
              org.assertj.core.groups.Tuple.tuple("income", "1500.00 CNY"),
              org.assertj.core.groups.Tuple.tuple("area", "RURAL"),
              org.assertj.core.groups.Tuple.tuple("members", "3"),
              org.assertj.core.groups.Tuple.tuple("alone", "false"));
      assertThat(facts.get("income").orElseThrow().sensitivity())
          .contains(SensitiveCategory.FINANCIAL);
      assertThat(FACTS.input(facts)).isEqualTo(FULL);
      assertThat(FACTS.input(RuleCasesFacts.texts(facts))).isEqualTo(FULL);
    }

    @Test
    void leavesAbsentValuesOutAndNamesTheMissingRequiredOnes() {
      Input empty = FACTS.input(Facts.empty());

      assertThat(FACTS.facts(empty).isEmpty()).isTrue();
      assertThat(FACTS.missing(empty)).containsExactly("birthDate", "income");
      assertThat(FACTS.missing(FULL)).isEmpty();
    }
  }

  @Nested
  class AMalformedFact {
    @Test
    void ofAnotherNameIsRefused() {
      assertThatThrownBy(() -> FACTS.input(facts("500103194103150222.age", "3")))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageNotContaining("500103194103150222")
          .extracting(e -> ((InvalidValueException) e).code())
          .asString()
          .endsWith("unknown");
    }

    @Test
    void isNamedWithTheRuleItBreaks() {
      assertCode(facts("birthDate", "1940-2-29"), "birthDate.date");
      assertCode(facts("birthDate", "1941-02-29"), "birthDate.date");
      assertCode(facts("income", "1500.001 CNY"), "income.money");
      assertCode(facts("income", "1500.00"), "income.money");
      assertCode(facts("area", "urban"), "area.code");
      assertCode(facts("members", "three"), "members.integer");
      assertCode(facts("alone", "yes"), "alone.boolean");
    }

    private void assertCode(Facts facts, String code) {
      assertThatThrownBy(() -> FACTS.input(facts))
          .isInstanceOf(InvalidValueException.class)
          .extracting(e -> ((InvalidValueException) e).code())
          .isEqualTo(code);
    }
  }

  @Test
  void aRequiredFactWithAPresenceCheckIsMissingWhenTheCheckSaysSoAndReadLikeAnyOther() {
    FactMapping<Input> counted =
        FactMapping.builder(Input.class, Builder::new, Builder::build)
            .required(
                "members",
                FactType.integer(),
                Input::members,
                (b, v) -> b.members = v,
                in -> in.members().isPresent())
            .build();
    Input three = counted.input(facts("members", "3"));

    assertThat(three.members()).contains(3);
    assertThat(counted.facts(three).all()).containsExactly(Fact.of("members", "3"));
    assertThat(counted.missing(three)).isEmpty();
    assertThat(counted.missing(counted.input(Facts.empty()))).containsExactly("members");
  }

  @Test
  void asksEachRequiredFactOnlyWhenTheCheckOfAllSaysOneIsMissing() {
    AtomicInteger asked = new AtomicInteger();
    FactMapping<Input> checked =
        FactMapping.builder(Input.class, Builder::new, Builder::build)
            .required(
                "birthDate",
                FactType.date(),
                in -> {
                  asked.incrementAndGet();
                  return in.birthDate();
                },
                (b, v) -> b.birthDate = v)
            .required(
                "income",
                FactType.money(),
                in -> {
                  asked.incrementAndGet();
                  return in.income();
                },
                (b, v) -> b.income = v)
            .allPresentWhen(in -> in.birthDate().isPresent() && in.income().isPresent())
            .build();
    Input noIncome = checked.input(facts("birthDate", "1940-02-29"));

    assertThat(checked.missing(FULL)).isEmpty();
    assertThat(asked).hasValue(0);
    assertThat(checked.missing(noIncome)).containsExactly("income");
    assertThat(asked).hasValue(2);
  }

  @Test
  void refusesAFactDeclaredTwice() {
    assertThatThrownBy(
            () ->
                FactMapping.builder(Input.class, Builder::new, Builder::build)
                    .optional("area", FactType.code(Area.class), Input::area, (b, v) -> b.area = v)
                    .optional("area", FactType.code(Area.class), Input::area, (b, v) -> b.area = v))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("area declared twice");
  }

  /** Facts as a rule case gives them: every value a text. */
  static final class RuleCasesFacts {
    static Facts texts(Facts facts) {
      return Facts.of(facts.all().stream().map(f -> Fact.of(f.name(), f.value())).toList());
    }
  }
}
