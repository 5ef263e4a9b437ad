package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.rules.ledger.LedgerFixtures.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/examples/ledger/} what the code makes: the journal of {@link
 * LedgerStoreContract#script(Ledger)}, its head and the inclusion proof of entry T2. Rewrite them
 * with {@code -Dgolden.update=true} after an intended change of the journal's form.
 */
class LedgerExampleTest {
  static final Path EXAMPLES = Path.of("..", "docs", "examples", "ledger");

  @Test
  void theExampleJournalHeadAndProofAreWhatTheLedgerWrites() throws IOException {
    Ledger ledger = Ledger.open(LEDGER, new MemoryLedgerStore(), CLOCK);
    LedgerStoreContract.script(ledger);
    byte[] journal = LedgerStoreContract.journalBytes(ledger.lines());
    String head = ProofJson.write(ledger.head()) + "\n";
    String proof = ProofJson.write(ledger.proveInclusion("T2").orElseThrow()) + "\n";
    if (Boolean.getBoolean("golden.update")) {
      Files.write(EXAMPLES.resolve("journal.ndjson"), journal);
      Files.writeString(EXAMPLES.resolve("head.json"), head);
      Files.writeString(EXAMPLES.resolve("proof-T2.json"), proof);
    }
    assertThat(Files.readAllBytes(EXAMPLES.resolve("journal.ndjson"))).isEqualTo(journal);
    assertThat(Files.readString(EXAMPLES.resolve("head.json"), StandardCharsets.UTF_8))
        .isEqualTo(head);
    assertThat(Files.readString(EXAMPLES.resolve("proof-T2.json"), StandardCharsets.UTF_8))
        .isEqualTo(proof);
    assertThat(ProofVerifier.verify(ProofJson.readInclusionProof(proof), ProofJson.readHead(head)))
        .isTrue();
    assertThat(ProofJson.readHead(head)).isEqualTo(ledger.head());
  }
}
