package org.communitygov.model.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SocialCreditCodeTest {
  @Test
  void acceptsExample() {
    SocialCreditCode code = SocialCreditCode.parse("91350100M000100Y43");
    assertThat(code.organizationCode()).isEqualTo("M000100Y4");
    assertThat(code.toString()).isEqualTo("91350100M000100Y43");
  }
}
