package org.communitygov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** One namespace of message keys: a key defined in two bundles must have one text (ADR 0072). */
class MessagesTest {
  /** A bundle of given keys and texts, named for the messages. */
  static ResourceBundle bundle(String name, String... keyText) {
    Object[][] contents = new Object[keyText.length / 2][];
    for (int i = 0; i < contents.length; i++) {
      contents[i] = new Object[] {keyText[2 * i], keyText[2 * i + 1]};
    }
    return new ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return contents;
      }

      @Override
      public String getBaseBundleName() {
        return name;
      }
    };
  }

  @Test
  void theShippedBundlesGiveEachKeyOneTextInBothLanguages() {
    // Loading checks every key of the engine's and the catalogue's bundles against the others.
    assertThat(Messages.of(Locale.SIMPLIFIED_CHINESE).find("label.period")).contains("期间");
    assertThat(Messages.of(Locale.ENGLISH).find("label.period")).contains("period");
  }

  @Test
  void aKeyGivenTwoTextsByTwoBundlesIsRefusedNamingTheKeyAndTheBundles() {
    ResourceBundle needs = bundle("city.needs", "label.period", "period", "step.a", "A");
    ResourceBundle points = bundle("city.points", "label.period", "accrual period");

    assertThatThrownBy(() -> Messages.of(List.of(needs, points), false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "message key label.period has different texts in bundles city.needs and city.points:"
                + " give it one text, or use another key");
  }

  @Test
  void aKeyGivenTheSameTextByTwoBundlesIsFoundOnce() {
    ResourceBundle needs = bundle("city.needs", "label.reason", "reason", "step.a", "A");
    ResourceBundle volunteers = bundle("city.volunteers", "label.reason", "reason");

    Messages messages = Messages.of(List.of(needs, volunteers), false);

    assertThat(messages.find("label.reason")).contains("reason");
    assertThat(messages.get("step.a")).isEqualTo("A");
    assertThat(messages.get("step.b")).isEqualTo("step.b");
  }
}
