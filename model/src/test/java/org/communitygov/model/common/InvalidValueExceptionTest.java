package org.communitygov.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {
  @Test
  void namesTheAttributeAndRuleInItsCodeAndMessage() {
    InvalidValueException e = InvalidValueException.of("citizenId", "checkCharacter", "mismatch");

    assertThat(e.code()).isEqualTo("citizenId.checkCharacter");
    assertThat(e.attribute()).isEqualTo("citizenId");
    assertThat(e).hasMessage("citizenId: mismatch");
    assertThat(e.pointer()).isEmpty();
    assertThat(e.arguments()).isEmpty();
  }

  @Test
  void keepsThePointerAndTheArgumentsInTheirOrder() {
    Map<String, String> arguments = new LinkedHashMap<>();
    arguments.put("person", "P2");
    arguments.put("otherPerson", "P1");
    arguments.put("days", "2024-06-01/..");

    InvalidValueException e =
        InvalidValueException.of(
            "memberships", "twoHeads", "two heads", "/memberships/3", arguments);
    arguments.clear();

    assertThat(e.pointer()).contains("/memberships/3");
    assertThat(e.arguments())
        .containsExactly(
            entry("person", "P2"), entry("otherPerson", "P1"), entry("days", "2024-06-01/.."));
  }

  @Test
  void refusesAPointerThatIsNotAJsonPointer() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                InvalidValueException.of("memberships", "twoHeads", "x", "memberships/3", Map.of()))
        .withMessageContaining("JSON Pointer");
  }
}
