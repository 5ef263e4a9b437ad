package org.communitygov.rules.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communitygov.rules.funding.book.FundingRefusal;
import org.junit.jupiter.api.Test;

/**
 * The table of refusal codes in {@code docs/funding.md} lists exactly the codes of {@link
 * FundingRefusal}: a new refusal is documented, a documented code exists.
 */
class FundingRefusalCodesTest {
  static final Path DOC = Path.of("..", "docs", "funding.md");
  static final Pattern CODE = Pattern.compile("`(funding\\.[A-Za-z.]+)`");

  @Test
  void theDocsTableOfRefusalCodesListsExactlyTheCodesOfFundingRefusal() throws IOException {
    Set<String> documented = new TreeSet<>();
    boolean inTable = false;
    for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
      if (line.equals("| Code | When |")) {
        inTable = true;
        continue;
      }
      if (inTable && line.isBlank()) {
        break;
      }
      if (!inTable || !line.startsWith("| `funding.")) {
        continue;
      }
      String first = line.substring(0, line.indexOf(" |", 2));
      Matcher m = CODE.matcher(first);
      while (m.find()) {
        documented.add(m.group(1));
      }
    }
    Set<String> codes = new TreeSet<>();
    Arrays.stream(FundingRefusal.values()).map(FundingRefusal::code).forEach(codes::add);

    assertThat(documented).as("the codes of the table after | Code | When |").isEqualTo(codes);
  }
}
