package org.communitygov.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;

/**
 * The two checks every golden-file test of a group of model types makes: each type writes as its
 * golden file and reads it back equal, and every file of the folder has its case (and {@code
 * enums.json}). The ledger, service, volunteer, points and funding golden tests share them.
 */
final class GoldenCases {
  /**
   * One model value and its golden file's name.
   *
   * @param name the file's name without {@code .json}
   * @param type the type to read the file back as
   * @param fixture the value
   */
  record Case(String name, Class<?> type, Object fixture) {}

  private GoldenCases() {}

  /** For each case: writes as the golden file, reads the golden file back. */
  static Stream<DynamicContainer> matchTheirFiles(Path folder, List<Case> cases, JsonMapper json) {
    ServiceGoldenJsonTest golden = new ServiceGoldenJsonTest();
    return cases.stream()
        .map(
            c ->
                DynamicContainer.dynamicContainer(
                    c.name(),
                    Stream.of(
                        DynamicTest.dynamicTest(
                            "writes as the golden file",
                            () -> golden.writesAsGolden(file(folder, c), c.fixture())),
                        DynamicTest.dynamicTest(
                            "reads the golden file back",
                            () ->
                                assertThat(json.readValue(file(folder, c).toFile(), c.type()))
                                    .isEqualTo(c.fixture())))));
  }

  /** Checks that the folder holds exactly the cases' files and {@code enums.json}. */
  static void haveEveryFile(Path folder, List<Case> cases) throws IOException {
    TreeSet<String> expected = new TreeSet<>();
    cases.forEach(c -> expected.add(c.name() + ".json"));
    expected.add("enums.json");
    TreeSet<String> present = new TreeSet<>();
    try (Stream<Path> files = Files.list(folder)) {
      files.forEach(f -> present.add(f.getFileName().toString()));
    }
    assertThat(present).isEqualTo(expected);
  }

  private static Path file(Path folder, Case c) {
    return folder.resolve(c.name() + ".json");
  }
}
