package org.communitygov.model.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The free texts of entries refuse control characters and surrogates, and nothing else. */
class TextsTest {
  @Test
  void theCharsRefusedAreTheControlCharactersAndTheSurrogates() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      assertThat(Texts.isRefused(ch))
          .as("U+%04X", c)
          .isEqualTo(Character.isISOControl(ch) || Character.isSurrogate(ch));
    }
  }

  @Test
  void aTextWithARefusedCharOrTooLongIsRefusedByItsRule() {
    Texts.check("transaction", "memo", "服务记录 R1（2025-03-07，1.50 小时）");
    Texts.check("transaction", "source", Optional.empty());

    assertThatThrownBy(() -> Texts.check("transaction", "memo", "a\u0085b"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("no control characters");
    assertThatThrownBy(() -> Texts.check("transaction", "source", Optional.of("\uD83D\uDE00")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("only characters of the Unicode BMP");
    assertThatThrownBy(() -> Texts.check("transaction", "memo", "x".repeat(501)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("at most 500 characters");
  }
}
