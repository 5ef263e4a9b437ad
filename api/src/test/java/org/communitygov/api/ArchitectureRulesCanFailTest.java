package org.communitygov.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.communitygov.api.archfixture.HouseholdDto;
import org.communitygov.api.archfixture.UsesPicocli;
import org.communitygov.api.json.CommunityGovMappers;
import org.communitygov.model.archfixture.AnnotatedForImmutables;
import org.communitygov.model.archfixture.ImmutableAnnotatedForImmutables;
import org.communitygov.model.archfixture.ModelReachingUp;
import org.communitygov.model.archfixture.ModelUsingObjectMapper;
import org.communitygov.rules.archfixture.RulesReachingUp;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Shows that every rule of {@link ArchitectureTest} reports a deliberately bad fixture class (from
 * the test sources, imported explicitly) and accepts the allowed exceptions, so a green
 * architecture test means something.
 */
class ArchitectureRulesCanFailTest {
  private static EvaluationResult evaluate(ArchRule rule, Class<?>... fixtures) {
    JavaClasses classes = new ClassFileImporter().importClasses(fixtures);
    return rule.evaluate(classes);
  }

  private static String report(EvaluationResult result) {
    return String.join("\n", result.getFailureReport().getDetails());
  }

  @Nested
  class DirectionOfDependency {
    @Test
    void reportsAModelClassThatUsesRulesAndApi() {
      EvaluationResult result =
          evaluate(ArchitectureTest.modelDependsOnNeitherRulesNorApi, ModelReachingUp.class);

      assertThat(result.hasViolation()).isTrue();
      assertThat(report(result)).contains("CommunityGovMappers").contains("RulesReachingUp");
    }

    @Test
    void reportsARulesClassThatUsesApi() {
      EvaluationResult result =
          evaluate(ArchitectureTest.rulesDoNotDependOnApi, RulesReachingUp.class);

      assertThat(result.hasViolation()).isTrue();
      assertThat(report(result)).contains("CommunityGovModule");
    }
  }

  @Nested
  class Areas {
    @Test
    void reportsAClassOutsideEveryArea() {
      EvaluationResult result =
          evaluate(ArchitectureTest.everyClassLivesInAnAreaOfItsModule, HouseholdDto.class);

      assertThat(result.hasViolation()).isTrue();
      assertThat(report(result)).contains("org.communitygov.api.archfixture.HouseholdDto");
    }

    @Test
    void acceptsAClassInAnArea() {
      EvaluationResult result =
          evaluate(ArchitectureTest.everyClassLivesInAnAreaOfItsModule, CommunityGovMappers.class);

      assertThat(result.hasViolation()).as(report(result)).isFalse();
    }
  }

  @Nested
  class Names {
    @Test
    void reportsPatternNamesOfTopLevelAndNestedClasses() throws ClassNotFoundException {
      EvaluationResult result =
          evaluate(
              ArchitectureTest.noClassIsNamedAfterAPattern,
              HouseholdDto.class,
              Class.forName(HouseholdDto.class.getName() + "$MappingHelper"));

      assertThat(result.hasViolation()).isTrue();
      assertThat(report(result)).contains("HouseholdDto").contains("HouseholdDto$MappingHelper");
    }

    @Test
    void acceptsDomainNames() {
      EvaluationResult result =
          evaluate(ArchitectureTest.noClassIsNamedAfterAPattern, CommunityGovMappers.class);

      assertThat(result.hasViolation()).as(report(result)).isFalse();
    }
  }

  @Nested
  class Databind {
    @Test
    void reportsAHandWrittenModelClassThatUsesObjectMapper() {
      EvaluationResult result =
          evaluate(
              ArchitectureTest.modelUsesOnlyTheAnnotationsOfDatabind, ModelUsingObjectMapper.class);

      assertThat(result.hasViolation()).isTrue();
      assertThat(report(result)).contains("ObjectMapper");
    }

    @Test
    void acceptsTheImmutablesAnnotationsAndGeneratedClasses() throws ClassNotFoundException {
      EvaluationResult result =
          evaluate(
              ArchitectureTest.modelUsesOnlyTheAnnotationsOfDatabind,
              AnnotatedForImmutables.class,
              ImmutableAnnotatedForImmutables.class,
              Class.forName(ImmutableAnnotatedForImmutables.class.getName() + "$Json"));

      assertThat(result.hasViolation()).as(report(result)).isFalse();
    }
  }

  @Nested
  class CommandLineTool {
    @Test
    void reportsPicocliUsedOutsideTheCommandLineTool() {
      EvaluationResult result =
          evaluate(ArchitectureTest.onlyTheCommandLineToolUsesItselfAndPicocli, UsesPicocli.class);

      assertThat(result.hasViolation()).isTrue();
      assertThat(report(result)).contains("picocli.CommandLine");
    }
  }
}
