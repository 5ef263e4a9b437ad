package org.communitygov.api;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.core.importer.Locations;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.LocationProvider;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The architecture of communitygov as rules over the main classes of all three modules: the one
 * direction of dependency, the package areas, the naming, the model's reach into Jackson and the
 * isolation of the command-line tool.
 *
 * <p>{@code ArchitectureRulesCanFailTest} shows each rule reporting a deliberately bad fixture, so
 * none of them passes vacuously.
 */
@AnalyzeClasses(
    locations = ArchitectureTest.MainClassLocations.class,
    importOptions = {
      ImportOption.DoNotIncludeTests.class,
      ArchitectureTest.OnlyCommunityGovArchives.class,
      ArchitectureTest.NoBenchmarks.class
    })
final class ArchitectureTest {
  static final String MODEL = "org.communitygov.model..";
  static final String RULES = "org.communitygov.rules..";
  static final String API = "org.communitygov.api..";

  /** The domain areas, the same in every module. */
  static final List<String> DOMAIN_AREAS =
      List.of(
          "common",
          "community",
          "household",
          "service",
          "needs",
          "volunteer",
          "funding",
          "participation",
          "facility",
          "ledger",
          "points");

  @ArchTest
  static final ArchRule modelDependsOnNeitherRulesNorApi =
      noClasses()
          .that()
          .resideInAPackage(MODEL)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(RULES, API)
          .as("the model depends on neither rules nor api");

  @ArchTest
  static final ArchRule rulesDoNotDependOnApi =
      noClasses()
          .that()
          .resideInAPackage(RULES)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(API)
          .as("rules do not depend on api");

  @ArchTest
  static final ArchRule everyClassLivesInAnAreaOfItsModule =
      classes()
          .should()
          .resideInAnyPackage(allowedPackages())
          .as(
              "every class lives in org.communitygov.<model|rules|api>.<area>, with a domain area"
                  + " or model.internal, rules.engine, api.json, api.exchange, api.schema, api.cli, api.hsds");

  @ArchTest
  static final ArchRule noClassIsNamedAfterAPattern =
      noClasses()
          .should()
          .haveSimpleNameEndingWith("Entity")
          .orShould()
          .haveSimpleNameEndingWith("Dto")
          .orShould()
          .haveSimpleNameEndingWith("DTO")
          .orShould()
          .haveSimpleNameEndingWith("Manager")
          .orShould()
          .haveSimpleNameEndingWith("Util")
          .orShould()
          .haveSimpleNameEndingWith("Utils")
          .orShould()
          .haveSimpleNameEndingWith("Helper")
          .as("no class is named after a pattern (Entity, Dto, DTO, Manager, Util, Utils, Helper)");

  @ArchTest
  static final ArchRule modelUsesOnlyTheAnnotationsOfDatabind =
      noClasses()
          .that()
          .resideInAPackage(MODEL)
          .and()
          .haveNameNotMatching(".*\\.Immutable[^.]*")
          .should()
          .dependOnClassesThat(
              resideInAPackage("com.fasterxml.jackson.databind..")
                  .and(resideOutsideOfPackage("com.fasterxml.jackson.databind.annotation"))
                  // JsonSerializer.None and the like: the defaults of the annotations' members,
                  // which ArchUnit counts as dependencies of every annotated class.
                  .and(not(simpleName("None")))
                  .as("are in jackson-databind outside its annotation package"))
          .as(
              "the model uses only the annotations of jackson-databind (Immutables-generated"
                  + " classes excepted), so databind stays an optional dependency of the model");

  @ArchTest
  static final ArchRule onlyTheCommandLineToolUsesItselfAndPicocli =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.communitygov.api.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.communitygov.api.cli..", "picocli..")
          .as("only the command-line tool (api.cli) uses api.cli and picocli");

  /** Guards against rules that pass because nothing, or the wrong things, were imported. */
  @ArchTest
  static void importsTheMainClassesOfAllThreeModulesAndNoTests(JavaClasses classes) {
    Set<String> packages =
        classes.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());

    assertThat(packages)
        .contains("org.communitygov.model.common", "org.communitygov.rules.engine")
        .contains("org.communitygov.api.json")
        .noneMatch(name -> name.contains("archfixture"));
    assertThat(classes.contain(ArchitectureTest.class)).isFalse();
  }

  private ArchitectureTest() {}

  /** The packages a main class may live in (an area and its sub-packages). */
  static String[] allowedPackages() {
    List<String> packages = new ArrayList<>();
    for (String module : List.of("model", "rules", "api")) {
      for (String area : DOMAIN_AREAS) {
        packages.add("org.communitygov." + module + "." + area + "..");
      }
    }
    packages.add("org.communitygov.model.internal..");
    packages.add("org.communitygov.rules.engine..");
    for (String area : List.of("json", "exchange", "schema", "cli", "hsds")) {
      packages.add("org.communitygov.api." + area + "..");
    }
    return packages.toArray(String[]::new);
  }

  /**
   * Where communitygov's classes are on the test class path: {@code target/classes} of this module
   * and, in a reactor build, the jars (or class directories) of model and rules.
   */
  static final class MainClassLocations implements LocationProvider {
    @Override
    public Set<Location> get(Class<?> testClass) {
      return Locations.ofPackage("org.communitygov");
    }
  }

  /**
   * Keeps archives only if they are communitygov's own. In a reactor {@code verify}, model and
   * rules reach this module as packaged jars, so the plain {@code DoNotIncludeJars} would drop
   * them.
   */
  static final class OnlyCommunityGovArchives implements ImportOption {
    private static final Pattern OWN_ARCHIVE =
        Pattern.compile(".*/communitygov-(model|rules|api)-[^/]*\\.jar!/.*");

    @Override
    public boolean includes(Location location) {
      return !location.isArchive() || location.matches(OWN_ARCHIVE);
    }
  }

  /** Leaves out the benchmarks, which join api's main classes only in the {@code bench} profile. */
  static final class NoBenchmarks implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("/org/communitygov/bench/");
    }
  }
}
