package org.communitygov.api.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The fuzzer's corpus of past findings, replayed by every build, and a short campaign from a fixed
 * seed. A longer campaign: {@code ./mvnw -B -Pfuzz -pl api -am test -Dtest=ExchangeFuzzerTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.iterations=200000 -Dfuzz.seed=7} (see {@code
 * docs/integrators.md}); findings are written to {@code api/target/fuzz-findings/}, to be added to
 * the corpus with the fix.
 */
class ExchangeFuzzerTest {
  static final Path CORPUS = Path.of("src", "test", "resources", "fuzz", "corpus");
  static final Path FINDINGS = Path.of("target", "fuzz-findings");
  static final long SEED = Long.getLong("fuzz.seed", 20261202L);
  static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 300);

  static List<Path> files(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Nested
  class TheCorpusOfPastFindings {
    @Test
    void holdsTheInputsOfTheBugsItWasStartedWith() {
      assertThat(files(CORPUS)).hasSizeGreaterThanOrEqualTo(10);
    }

    @TestFactory
    Stream<DynamicTest> eachGivesEveryValidatorAReportThatAgreesWithItself() {
      return files(CORPUS).stream()
          .map(
              file ->
                  DynamicTest.dynamicTest(
                      file.getFileName().toString(),
                      () -> {
                        byte[] input = Files.readAllBytes(file);
                        assertThat(ExchangeFuzzer.check(input)).isNull();
                        ValidationReport report =
                            Documents.VALIDATOR.validate(new java.io.ByteArrayInputStream(input));
                        assertThat(report.isValid()).as("a finding is a bad document").isFalse();
                      }));
    }
  }

  @Nested
  class ACampaign {
    @Test
    void findsNothingFromItsSeed() throws IOException {
      List<byte[]> seeds = new ArrayList<>();
      for (Path directory :
          List.of(
              CORPUS,
              Path.of("..", "docs", "examples"),
              Path.of("..", "docs", "examples", "invalid"))) {
        for (Path file : files(directory)) {
          seeds.add(Files.readAllBytes(file));
        }
      }
      Random random = new Random(SEED);
      List<String> findings = new ArrayList<>();
      for (int i = 0; i < ITERATIONS && findings.size() < 20; i++) {
        byte[] input =
            ExchangeFuzzer.mutate(
                seeds.get(random.nextInt(seeds.size())),
                seeds.get(random.nextInt(seeds.size())),
                random);
        String problem = ExchangeFuzzer.check(input);
        if (problem != null) {
          findings.add("iteration " + i + ": " + problem + " -> " + keep(input));
        }
      }
      assertThat(findings).as("seed %d, %d iterations", SEED, ITERATIONS).isEmpty();
    }

    private static Path keep(byte[] input) throws IOException {
      Files.createDirectories(FINDINGS);
      String name;
      try {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(input);
        name = HexFormat.of().formatHex(digest, 0, 8);
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
      return Files.write(FINDINGS.resolve(name + ".json"), input);
    }
  }
}
