package org.communitygov.api.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The message bundles and {@code docs/validation-codes.md} agree: both languages have a message for
 * every code, with the same placeholders, and every code is documented.
 */
class MessagesTest {
  static final Path CODES = Path.of("..", "docs", "validation-codes.md");
  static final Pattern DOCUMENTED =
      Pattern.compile("^\\| `([a-z]+\\.[A-Za-z0-9.*]+)`", Pattern.MULTILINE);
  static final ResourceBundle EN = Messages.bundle(Locale.ENGLISH);
  static final ResourceBundle ZH = Messages.bundle(Locale.SIMPLIFIED_CHINESE);

  static Set<String> codes(ResourceBundle bundle) {
    Set<String> codes = new TreeSet<>(Collections.list(bundle.getKeys()));
    codes.removeIf(key -> key.equals("fallback") || key.startsWith("report."));
    return codes;
  }

  static Set<String> documentedCodes() throws IOException {
    Matcher codes = DOCUMENTED.matcher(Files.readString(CODES));
    Set<String> found = new TreeSet<>();
    while (codes.find()) {
      found.add(codes.group(1));
    }
    return found;
  }

  @Nested
  class TheTwoLanguages {
    @Test
    void haveTheSameKeys() {
      assertThat(Collections.list(ZH.getKeys()))
          .containsExactlyInAnyOrderElementsOf(Collections.list(EN.getKeys()));
    }

    @Test
    void useTheSamePlaceholders() {
      for (String key : Collections.list(EN.getKeys())) {
        assertThat(new MessageFormat(ZH.getString(key)).getFormatsByArgumentIndex())
            .as(key)
            .hasSameSizeAs(new MessageFormat(EN.getString(key)).getFormatsByArgumentIndex());
      }
    }

    @Test
    void differAndTheChineseIsChinese() {
      for (String key : codes(EN)) {
        assertThat(ZH.getString(key))
            .as(key)
            .isNotEqualTo(EN.getString(key))
            .containsPattern("\\p{IsHan}");
      }
    }
  }

  @Nested
  class TheCodeList {
    @Test
    void documentsEveryCodeThatHasAMessage() throws IOException {
      assertThat(documentedCodes()).containsAll(codes(EN));
    }

    @Test
    void documentsNoCodeWithoutAMessage() throws IOException {
      assertThat(codes(EN)).containsAll(documentedCodes());
    }
  }

  @Nested
  class AMessage {
    @Test
    void isChosenByTheLocaleLanguage() {
      ValidationIssue issue =
          ValidationIssue.of(
              Severity.ERROR, "constraint.Size", "/name", 0, 3, Args.of("min", 1, "max", 200));
      assertThat(issue.message(Locale.ENGLISH)).isEqualTo("The size must be between 1 and 200.");
      assertThat(issue.message(Locale.TRADITIONAL_CHINESE))
          .isEqualTo(issue.message(Locale.SIMPLIFIED_CHINESE))
          .contains("1")
          .contains("200");
      assertThat(issue.message(Locale.GERMAN)).isEqualTo(issue.message(Locale.ENGLISH));
    }

    @Test
    void fallsBackToItsFamily() {
      ValidationIssue issue =
          ValidationIssue.of(
              Severity.ERROR,
              "value.citizenId.someNewRule",
              "",
              -1,
              -1,
              Args.of("attribute", "citizenId", "rule", "someNewRule"));
      assertThat(issue.message(Locale.ENGLISH))
          .isEqualTo("The value breaks rule someNewRule of citizenId.");
    }
  }
}
