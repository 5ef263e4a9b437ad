package org.communitygov.rules.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * A folder of case files as dynamic tests: one container per {@code .json} file (in name order),
 * one test per member of its {@code cases} array, named by the case's {@code name}, and a last test
 * that there are at least as many cases as the area promises. The areas whose cases run operations
 * on a book (points, funding) share it; what one case does is theirs.
 */
public final class CaseFolders {
  private CaseFolders() {}

  /**
   * The cases of a resource folder as dynamic tests.
   *
   * @param folder the resource folder, such as {@code /points/cases}
   * @param json the mapper that reads the files
   * @param atLeast the fewest cases the folder must hold
   * @param run what one case does
   * @return the containers and the count test
   */
  public static Stream<DynamicNode> cases(
      String folder, ObjectMapper json, int atLeast, ThrowingConsumer<JsonNode> run)
      throws IOException, URISyntaxException {
    Path path = Path.of(CaseFolders.class.getResource(folder).toURI());
    List<DynamicNode> files = new ArrayList<>();
    int count = 0;
    try (Stream<Path> paths = Files.list(path)) {
      for (Path file : paths.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : json.readTree(file.toFile()).required("cases")) {
          count++;
          tests.add(DynamicTest.dynamicTest(c.required("name").asText(), () -> run.accept(c)));
        }
        files.add(DynamicContainer.dynamicContainer(file.getFileName().toString(), tests));
      }
    }
    int total = count;
    files.add(
        DynamicTest.dynamicTest(
            "there are at least " + atLeast + " cases",
            () -> assertThat(total).isGreaterThanOrEqualTo(atLeast)));
    return files.stream();
  }

  /**
   * The postings a case expects of one ledger entry, as the ledger prints them.
   *
   * @param entry an expected entry with a {@code postings} array of strings
   * @return the postings joined by {@code ", "}
   */
  public static String postings(JsonNode entry) {
    List<String> p = new ArrayList<>();
    entry.required("postings").forEach(n -> p.add(n.asText()));
    return String.join(", ", p);
  }

  /**
   * The transactions among some ledger entries, each as its id and postings, in the form {@link
   * #postings(JsonNode)} makes of the expected ones.
   *
   * @param entries the entries a case's operation posted
   * @return one line per transaction, in order
   */
  public static List<String> transactions(List<Entry> entries) {
    List<String> out = new ArrayList<>();
    for (Entry e : entries) {
      if (e instanceof Transaction tx) {
        out.add(
            tx.id().value()
                + " "
                + String.join(", ", tx.postings().stream().map(Posting::toString).toList()));
      }
    }
    return out;
  }
}
