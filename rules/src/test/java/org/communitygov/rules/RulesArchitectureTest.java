package org.communitygov.rules;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.communitygov.rules.archfixture.domain.Subsidy;
import org.communitygov.rules.archfixture.engine.BadEngine;
import org.communitygov.rules.engine.Catalogue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The shape of the rules module: the engine knows no domain, and no package cycle. Each rule is
 * also shown failing on a deliberately bad fixture (in {@code rules.archfixture}), so none passes
 * vacuously.
 */
class RulesArchitectureTest {
  static final String ENGINE = "org.communitygov.rules.engine..";
  static final String DOMAIN = "org.communitygov.rules.needs..";

  static final JavaClasses MAIN =
      new ClassFileImporter()
          .importUrl(Catalogue.class.getProtectionDomain().getCodeSource().getLocation());

  static final JavaClasses FIXTURES =
      new ClassFileImporter().importClasses(BadEngine.class, Subsidy.class);

  static final ArchRule NO_CYCLES =
      slices().matching("org.communitygov.rules.(**)").should().beFreeOfCycles();

  static ArchRule engineDependsOnNoDomain(String engine, String domain) {
    return noClasses()
        .that()
        .resideInAPackage(engine)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(domain)
        .as("the engine depends on no domain package");
  }

  /**
   * The texts a domain resource is named by that may not appear in an engine class: its packages
   * (as a name or a resource path) and the file names of the parameter files.
   */
  static List<String> domainResourceNames() throws IOException, URISyntaxException {
    List<String> names = new ArrayList<>(List.of("rules.needs", "rules/needs"));
    Path folder =
        Path.of(
            RulesArchitectureTest.class.getResource("/org/communitygov/rules/parameters").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      files.map(p -> p.getFileName().toString()).forEach(names::add);
    }
    return names;
  }

  /** The domain resource names found in the constants of the classes (their class files). */
  static List<String> domainResourcesNamedIn(JavaClasses classes, List<String> names) {
    List<String> found = new ArrayList<>();
    for (JavaClass c : classes) {
      String text = classFileText(c);
      names.stream().filter(text::contains).forEach(n -> found.add(c.getName() + ": " + n));
    }
    return found;
  }

  private static String classFileText(JavaClass c) {
    String resource = "/" + c.getName().replace('.', '/') + ".class";
    try (InputStream in = RulesArchitectureTest.class.getResourceAsStream(resource)) {
      // Constant-pool strings are (modified) UTF-8; the names sought are ASCII.
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Nested
  class TheMainClasses {
    @Test
    void areImportedFromTheEngineAndTheDomain() {
      assertThat(MAIN.containPackage("org.communitygov.rules.engine")).isTrue();
      assertThat(MAIN.containPackage("org.communitygov.rules.needs.meanstest")).isTrue();
      assertThat(MAIN.stream().map(JavaClass::getPackageName))
          .noneMatch(p -> p.contains("archfixture"));
    }

    @Test
    void haveNoPackageCycle() {
      NO_CYCLES.check(MAIN);
    }

    @Test
    void haveAnEngineThatDependsOnNoDomainPackage() {
      engineDependsOnNoDomain(ENGINE, DOMAIN).check(MAIN);
    }

    @Test
    void haveAnEngineThatNamesNoDomainResource() throws IOException, URISyntaxException {
      JavaClasses engine = MAIN.that(resideInAPackage(ENGINE));
      assertThat(engine).isNotEmpty();
      assertThat(domainResourcesNamedIn(engine, domainResourceNames())).isEmpty();
    }
  }

  @Nested
  class TheRulesReportABadFixture {
    @Test
    void aCycleBetweenTwoPackages() {
      EvaluationResult result =
          slices()
              .matching("org.communitygov.rules.archfixture.(*)..")
              .should()
              .beFreeOfCycles()
              .evaluate(FIXTURES);
      assertThat(result.hasViolation()).isTrue();
    }

    @Test
    void anEngineThatUsesTheDomain() {
      EvaluationResult result =
          engineDependsOnNoDomain(
                  "org.communitygov.rules.archfixture.engine..",
                  "org.communitygov.rules.archfixture.domain..")
              .evaluate(FIXTURES);
      assertThat(result.hasViolation()).isTrue();
    }

    @Test
    void anEngineStringThatNamesADomainResource() throws IOException, URISyntaxException {
      JavaClasses engine =
          FIXTURES.that(resideInAPackage("org.communitygov.rules.archfixture.engine"));
      assertThat(domainResourcesNamedIn(engine, domainResourceNames()))
          .containsExactly("org.communitygov.rules.archfixture.engine.BadEngine: mlg.json");
    }
  }
}
