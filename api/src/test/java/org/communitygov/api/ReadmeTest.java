package org.communitygov.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.communitygov.api.exchange.CommunityGovValidation;
import org.communitygov.api.exchange.ExchangeValidator;
import org.communitygov.api.exchange.ValidationReport;
import org.communitygov.api.json.CommunityGovMappers;
import org.communitygov.api.json.CommunityGovModule;
import org.communitygov.model.common.CitizenId;
import org.communitygov.model.common.Sex;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.HouseholdId;
import org.communitygov.model.household.HouseholdKind;
import org.communitygov.model.household.HukouStatus;
import org.communitygov.model.household.MemberRole;
import org.communitygov.model.household.Membership;
import org.communitygov.model.household.Person;
import org.communitygov.model.household.PersonId;
import org.communitygov.model.household.PopulationGroup;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.ExplanationRenderer;
import org.communitygov.rules.engine.Jurisdiction;
import org.communitygov.rules.engine.ParameterSet;
import org.communitygov.rules.engine.RuleContext;
import org.communitygov.rules.needs.meanstest.Area;
import org.communitygov.rules.needs.meanstest.MeansTestInput;
import org.communitygov.rules.needs.meanstest.MeansTestResult;
import org.communitygov.rules.needs.meanstest.MlgEligibility;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's Java snippets and checks the README still shows them, so the first code a new
 * user copies keeps working and says what it does.
 */
class ReadmeTest {
  static String readme;

  @BeforeAll
  static void readReadme() throws IOException {
    readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
  }

  @Test
  void quickStartBuildsAHouseholdEvaluatesItAndReadsItBack() throws IOException {
    Person wang =
        Person.builder()
            .id(PersonId.of("P0001"))
            .name("王秀英")
            .citizenId(CitizenId.parse("500103194103150222"))
            .birthDate(LocalDate.of(1941, 3, 15))
            .sex(Sex.FEMALE)
            .hukou(HukouStatus.LOCAL)
            .build();
    Household household =
        Household.builder()
            .id(HouseholdId.of("H001"))
            .community(CommunityId.of("cq-yz-qxg-hpl"))
            .address("和平里1号楼2单元301")
            .kind(HouseholdKind.REGISTERED)
            .addMember(wang)
            .addMembership(Membership.of(wang.id(), MemberRole.HEAD, LocalDate.of(1985, 5, 1)))
            .build();

    assertThat(household.populationGroupsOn(wang.id(), LocalDate.of(2026, 11, 23)))
        .containsExactlyInAnyOrder(
            PopulationGroup.ELDERLY,
            PopulationGroup.VERY_ELDERLY,
            PopulationGroup.LIVING_ALONE,
            PopulationGroup.EMPTY_NEST);
    assertThat(wang.citizenId().orElseThrow()).hasToString("500103********0222");

    RuleContext context =
        RuleContext.of(
            ParameterSet.defaults(), Jurisdiction.parse("500103"), LocalDate.of(2026, 11, 23));
    Decision<MeansTestResult> mlg =
        MlgEligibility.rule().evaluate(MeansTestInput.of(household, Area.URBAN), context);
    assertThat(ExplanationRenderer.of(Locale.SIMPLIFIED_CHINESE).render(mlg))
        .startsWith("符合: 家庭人均收入 *** < 当地低保标准 735.00（重庆市城市, 2023-09-01起, ");
    assertThat(readme)
        .contains(
            "MlgEligibility.rule().evaluate(MeansTestInput.of(household, Area.URBAN), context)")
        .contains("// 符合: 家庭人均收入 *** < 当地低保标准 735.00（重庆市城市, 2023-09-01起, …）");

    JsonMapper json = CommunityGovMappers.strict();
    Household back = json.readValue(json.writeValueAsString(household), Household.class);
    assertThat(back).isEqualTo(household);

    assertThat(readme)
        .contains("CitizenId.parse(\"500103194103150222\")")
        .contains("// [ELDERLY, VERY_ELDERLY, LIVING_ALONE, EMPTY_NEST]")
        .contains("// 500103********0222")
        .contains("json.readValue(text, Household.class)");
  }

  @Test
  void validatorSnippetReportsTheExampleValid() throws IOException {
    ExchangeValidator validator = ExchangeValidator.builder().build();
    ValidationReport report =
        validator.validate(Path.of("..", "docs", "examples", "hepingli-households.json"));

    assertThat(report.isValid()).isTrue();
    assertThat(report.issues()).isEmpty();
    assertThat(readme)
        .contains("ExchangeValidator.builder().build()")
        .contains("validator.validate(Path.of(")
        .contains("Valid: 5 records read, 0 errors, 0 warnings, 0 notes.");
  }

  @Test
  void secondCommandNamesAnExampleThatExists() {
    assertThat(readme)
        .contains(
            "java -jar api/target/communitygov.jar validate"
                + " docs/examples/hepingli-households.json");
    assertThat(Path.of("..", "docs", "examples", "invalid", "bad-check-digits.json")).exists();
  }

  @Test
  void ownMapperAndValidatorSnippetWritesTheWireFormatAndSeesTheConstraints() throws IOException {
    JsonMapper strict = CommunityGovMappers.strict();
    Household household =
        strict.treeToValue(
            strict
                .readTree(Path.of("..", "docs", "examples", "hepingli-households.json").toFile())
                .get("records")
                .get(0),
            Household.class);
    Person blank = Person.builder().from(household.members().get(0)).name(" ").build();
    Household broken = Household.builder().from(household).members(List.of(blank)).build();

    JsonMapper mine = JsonMapper.builder().addModule(new CommunityGovModule()).build();
    String text = mine.writeValueAsString(household);
    assertThat(text).doesNotContain("null").contains("\"birthDate\":\"1941-03-15\"");
    assertThat(strict.readValue(text, Household.class)).isEqualTo(household);

    try (ValidatorFactory factory =
        CommunityGovValidation.configure(
                Validation.byProvider(HibernateValidator.class).configure())
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()) {
      assertThat(factory.getValidator().validate(household)).isEmpty();
      assertThat(factory.getValidator().validate(broken))
          .extracting(v -> v.getPropertyPath().toString())
          .containsExactly("members[0].name");
    }
    assertThat(readme)
        .contains("JsonMapper.builder().addModule(new CommunityGovModule()).build()")
        .contains(
            "CommunityGovValidation.configure(Validation.byProvider(HibernateValidator.class).configure())")
        .contains(".messageInterpolator(new ParameterMessageInterpolator())")
        .contains("// paths as in the JSON: members[0].name");
  }
}
