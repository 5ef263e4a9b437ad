package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.rules.ledger.LedgerFixtures.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Tampering: for a sample journal, every single-byte change, every deleted, duplicated and swapped
 * line is found by {@link JournalVerifier} against the published head, and the report names the
 * line at fault. By default each byte is changed to two other values (one flipped bit and one
 * seeded random value); {@code -Dledger.tamper.all=true} tries all 255 other values of every byte.
 */
class JournalVerifierTest {
  final Ledger ledger = Ledger.open(LEDGER, new MemoryLedgerStore(), CLOCK);
  final List<byte[]> lines;
  final byte[] journal;
  final TreeHead head;

  JournalVerifierTest() {
    LedgerStoreContract.script(ledger);
    lines = ledger.lines();
    journal = LedgerStoreContract.journalBytes(lines);
    head = ledger.head();
  }

  /** The 1-based line a byte belongs to, its line feed included. */
  int lineOf(int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (journal[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  VerifyReport verify(byte[] content) {
    return JournalVerifier.verify(content, Optional.of(head));
  }

  @Test
  void findsNothingWrongWithTheJournalAsWritten() {
    VerifyReport report = verify(journal);
    assertThat(report.isValid()).as(report.toString()).isTrue();
    assertThat(report.size()).isEqualTo(head.size());
    assertThat(report.rootHex()).isEqualTo(head.rootHex());
  }

  @Nested
  class Bytes {
    @Test
    void findsEverySingleByteChangeAndNamesItsLine() {
      boolean all = Boolean.getBoolean("ledger.tamper.all");
      long seed = Long.getLong("ledger.tamper.seed", 20261202L);
      SplittableRandom random = new SplittableRandom(seed);
      int tried = 0;
      for (int offset = 0; offset < journal.length; offset++) {
        int expected = lineOf(offset);
        List<Integer> values = new ArrayList<>();
        if (all) {
          for (int v = 0; v < 256; v++) {
            values.add(v);
          }
        } else {
          values.add(journal[offset] ^ 1);
          // Another value than the byte's own, so every offset is tried twice.
          values.add((journal[offset] + 1 + random.nextInt(255)) & 0xFF);
        }
        for (int value : values) {
          if ((byte) value == journal[offset]) {
            continue;
          }
          byte[] changed = journal.clone();
          changed[offset] = (byte) value;
          VerifyReport report = verify(changed);
          tried++;
          assertThat(report.problem())
              .as("seed %d: byte %d set to %d", seed, offset, value)
              .hasValueSatisfying(p -> assertThat(p.line()).isEqualTo(expected));
        }
      }
      assertThat(tried).as("seed %d", seed).isGreaterThanOrEqualTo(2 * journal.length - 1);
    }
  }

  @Nested
  class Lines {
    VerifyReport verifyLines(List<byte[]> changed) {
      return verify(LedgerStoreContract.journalBytes(changed));
    }

    @Test
    void findsEveryDeletedLine() {
      for (int i = 0; i < lines.size(); i++) {
        List<byte[]> changed = new ArrayList<>(lines);
        changed.remove(i);
        VerifyReport report = verifyLines(changed);
        int line = i + 1;
        assertThat(report.problem())
            .as("line %d deleted", line)
            .hasValueSatisfying(p -> assertThat(p.line()).isEqualTo(line));
      }
    }

    @Test
    void findsEveryDuplicatedLine() {
      for (int i = 0; i < lines.size(); i++) {
        List<byte[]> changed = new ArrayList<>(lines);
        changed.add(i + 1, lines.get(i));
        VerifyReport report = verifyLines(changed);
        int line = i + 2;
        assertThat(report.problem())
            .as("line %d duplicated", i + 1)
            .hasValueSatisfying(p -> assertThat(p.line()).isEqualTo(line));
      }
    }

    @Test
    void findsEverySwapOfTwoLines() {
      for (int i = 0; i < lines.size(); i++) {
        for (int j = i + 1; j < lines.size(); j++) {
          List<byte[]> changed = new ArrayList<>(lines);
          Collections.swap(changed, i, j);
          VerifyReport report = verifyLines(changed);
          int line = i + 1;
          assertThat(report.problem())
              .as("lines %d and %d swapped", i + 1, j + 1)
              .hasValueSatisfying(p -> assertThat(p.line()).isEqualTo(line));
        }
      }
    }

    @Test
    void findsATruncatedJournalOnlyAgainstAPublishedHead() {
      List<byte[]> changed = lines.subList(0, lines.size() - 1);
      byte[] truncated = LedgerStoreContract.journalBytes(changed);
      assertThat(JournalVerifier.verify(truncated, Optional.empty()).isValid()).isTrue();
      assertThat(verify(truncated).problem())
          .hasValueSatisfying(
              p -> {
                assertThat(p.code()).isEqualTo("head.size");
                assertThat(p.line()).isEqualTo(lines.size());
              });
    }

    @Test
    void acceptsAJournalThatExtendsThePublishedHead() {
      TreeHead early = TreeHead.of(5, Hashes.create().empty(), head.time());
      assertThat(verify(journal).isValid()).isTrue();
      assertThat(JournalVerifier.verify(journal, Optional.of(early)).problem())
          .hasValueSatisfying(p -> assertThat(p.code()).isEqualTo("head.root"));
    }
  }

  @Test
  void findsAnEntryNotInTheCanonicalFormOnlyWhenDeep() {
    byte[] entry =
        "{ \"id\":\"C9\",\"kind\":\"close-period\",\"through\":\"2026-01-31\"}"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    String line =
        "{\"entry\":"
            + new String(entry, java.nio.charset.StandardCharsets.UTF_8)
            + ",\"index\":0,\"leaf\":\""
            + Hashes.hex(Hashes.create().leaf(entry))
            + "\"}\n";
    byte[] content = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(JournalVerifier.verify(content, Optional.empty()).isValid()).isTrue();
    assertThat(JournalVerifier.verify(content, Optional.empty(), true).problem())
        .hasValueSatisfying(p -> assertThat(p.message()).contains("canonical"));
  }
}
