package org.communitygov.model.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communitygov.model.common.LocalizedName;
import org.communitygov.model.common.SocialCreditCode;
import org.junit.jupiter.api.Test;

class CommitteeTest {
  static final String CODE = "91350100M000100Y43";

  @Test
  void buildsWithAndWithoutASocialCreditCode() {
    Committee without = CommunityFixtures.residentsCommittee();
    assertThat(without.socialCreditCode()).isEmpty();
    Committee with =
        Committee.builder().from(without).socialCreditCode(SocialCreditCode.parse(CODE)).build();
    assertThat(with.socialCreditCode()).contains(SocialCreditCode.parse(CODE));
  }

  @Test
  void rejectsNullsAndMissingAttributes() {
    assertThatNullPointerException().isThrownBy(() -> Committee.builder().kind(null));
    assertThatThrownBy(() -> Committee.builder().name(LocalizedName.of("x")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("kind");
  }

  @Test
  void roundTripsThroughItsBuilder() {
    Committee committee = CommunityFixtures.residentsCommittee();
    assertThat(Committee.builder().from(committee).build()).isEqualTo(committee);
  }
}
