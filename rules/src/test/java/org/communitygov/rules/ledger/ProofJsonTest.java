package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading heads and inclusion proofs back: what {@link ProofJson} writes reads back equal, and a
 * document of the wrong shape is a {@link LedgerFormatException} that says what is wrong. The
 * written form itself is pinned by the golden files of {@link LedgerExampleTest}.
 */
class ProofJsonTest {
  static final String HASH = "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d";
  static final String HEAD =
      "{\"rootHash\":\"" + HASH + "\",\"size\":3,\"time\":\"2026-12-02T00:00:00Z\"}";
  static final String PROOF =
      "{\"entry\":\"T2\",\"index\":1,\"leafHash\":\""
          + HASH
          + "\",\"path\":[\""
          + HASH
          + "\"],\"treeSize\":3}";

  static void refused(String json, String message) {
    assertThatThrownBy(() -> ProofJson.readHead(json))
        .isInstanceOfSatisfying(
            LedgerFormatException.class,
            e -> assertThat(e.code()).isEqualTo(LedgerFormatException.CODE))
        .hasMessageContaining(message);
  }

  @Nested
  class AHead {
    @Test
    void readsBackWhatIsWrittenWhiteSpaceAroundIt() {
      TreeHead head = ProofJson.readHead("  " + HEAD + "\n");
      assertThat(head.size()).isEqualTo(3);
      assertThat(head.rootHex()).isEqualTo(HASH);
      assertThat(head.time()).isEqualTo(Instant.parse("2026-12-02T00:00:00Z"));
      assertThat(ProofJson.write(head)).isEqualTo(HEAD);
    }

    @Test
    void isRefusedWhenNotAnObjectOrNotJson() {
      refused("[1]", "head is not a JSON object");
      refused("{\"size\":", "head is not JSON");
    }

    @Test
    void isRefusedWithAnUnknownOrMissingMember() {
      refused(HEAD.replace("\"size\"", "\"count\""), "head has an unknown member count");
      refused("{\"rootHash\":\"" + HASH + "\",\"size\":3}", "head has no member time");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.0", "\"3\"", "99999999999999999999"})
    void isRefusedWhenTheSizeIsNotAWholeNumber(String size) {
      refused(HEAD.replace(":3,", ":" + size + ","), "head.size is not a whole number");
    }

    @Test
    void isRefusedWithANegativeSizeABadHashOrABadTime() {
      refused(HEAD.replace(":3,", ":-1,"), "head: a tree head has a size of 0 or more");
      refused(HEAD.replace(HASH, HASH.toUpperCase()), "a hash is 64 lower-case hexadecimal");
      refused(HEAD.replace(HASH, HASH.substring(2)), "a hash is 64 lower-case hexadecimal");
      refused(HEAD.replace("2026-12-02T00:00:00Z", "2026-12-02"), "head: ");
      refused(HEAD.replace("\"" + HASH + "\"", "7"), "head.rootHash is not a string");
    }
  }

  @Nested
  class AnInclusionProof {
    @Test
    void readsBackWhatIsWritten() {
      InclusionProof proof = ProofJson.readInclusionProof(PROOF);
      assertThat(proof.entry()).isEqualTo("T2");
      assertThat(proof.index()).isEqualTo(1);
      assertThat(proof.treeSize()).isEqualTo(3);
      assertThat(Hashes.hex(proof.leafHash())).isEqualTo(HASH);
      assertThat(proof.path()).extracting(Hashes::hex).containsExactly(HASH);
      assertThat(ProofJson.write(proof)).isEqualTo(PROOF);
    }

    @Test
    void writesAPathOfSeveralHashesInOrderAndAnEmptyPath() {
      byte[] a = Hashes.create().leaf("a".getBytes(StandardCharsets.UTF_8));
      byte[] b = Hashes.create().leaf("b".getBytes(StandardCharsets.UTF_8));
      String two = ProofJson.write(InclusionProof.of("x", 0, 4, a, List.of(a, b)));
      assertThat(two).contains(",\"path\":[\"" + Hashes.hex(a) + "\",\"" + Hashes.hex(b) + "\"],");
      assertThat(ProofJson.readInclusionProof(two).path())
          .extracting(Hashes::hex)
          .containsExactly(Hashes.hex(a), Hashes.hex(b));
      assertThat(ProofJson.write(InclusionProof.of("x", 0, 1, a, List.of())))
          .contains(",\"path\":[],");
    }

    @Test
    void isRefusedWithAPathThatIsNotAnArrayOfHashStrings() {
      assertThatThrownBy(
              () -> ProofJson.readInclusionProof(PROOF.replace("[\"" + HASH + "\"]", "[7]")))
          .isInstanceOf(LedgerFormatException.class)
          .hasMessage("proof.path has an element that is not a string");
      assertThatThrownBy(
              () -> ProofJson.readInclusionProof(PROOF.replace("[\"" + HASH + "\"]", "\"x\"")))
          .isInstanceOf(LedgerFormatException.class)
          .hasMessage("proof.path is not an array");
      assertThatThrownBy(
              () -> ProofJson.readInclusionProof(PROOF.replace("[\"" + HASH + "\"]", "[\"ab\"]")))
          .isInstanceOf(LedgerFormatException.class)
          .hasMessage("a hash is 64 lower-case hexadecimal digits");
    }

    @Test
    void isRefusedWithAnUnknownMember() {
      assertThatThrownBy(() -> ProofJson.readInclusionProof(PROOF.replace("\"entry\"", "\"id\"")))
          .isInstanceOf(LedgerFormatException.class)
          .hasMessage("proof has an unknown member id");
    }
  }
}
