package org.communitygov.rules.funding.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitygov.rules.funding.disclosure.JournalLines.buffer;
import static org.communitygov.rules.funding.disclosure.JournalLines.lastLineFeed;
import static org.communitygov.rules.funding.disclosure.JournalLines.utf8;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;
import org.communitygov.rules.ledger.JournalLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The in-place reader on canonical transaction lines: for random transactions (printed seeds) every
 * line is read in place, not left to the full parser, and every field it reads (id, memo, value
 * date, source, posting accounts and amounts in fen, index, leaf, linked marker, the line's end and
 * the hashes of the accounts and source) is what {@link JournalLine#parse} reads from the same
 * line. The lines it must decline are in {@link TransactionLineDeclinesTest}.
 */
class TransactionLineTest {
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 42, 20261202})
  void everyCanonicalTransactionLineIsReadInPlaceAsTheFullParserReadsIt(long seed) {
    System.out.println("TransactionLineTest seed " + seed);
    Random random = new Random(seed);
    TransactionLine reader = new TransactionLine();
    for (int k = 0; k < 400; k++) {
      Transaction tx = JournalLines.transaction(random);
      long index = random.nextInt(3) == 0 ? random.nextLong() & Long.MAX_VALUE : k;
      if (index >= 1_000_000_000_000_000_000L) {
        index /= 10;
      }
      String leaf = JournalLines.leaf(random);
      byte[] line = utf8(JournalLines.line(tx, index, leaf, random.nextBoolean()));
      String before = random.nextBoolean() ? "" : "{\"entry\":{\"some\":\"line\"}}\n";
      String after = random.nextBoolean() ? "" : "{\"entry\":{\"kind\":\"other\"}}";
      byte[] bytes = buffer(before, line, after);
      int from = utf8(before).length;
      boolean read = reader.read(bytes, from, lastLineFeed(bytes));
      assertThat(read).as("seed %d line %d read in place: %s", seed, k, str(line)).isTrue();
      assertReadAsParsed(reader, bytes, from, line, "seed " + seed + " line " + k);
    }
  }

  @Test
  void theEdgesOfCanonicalLinesAreReadInPlace() {
    var pending = TransactionLineDeclinesTest.pending();
    List<Transaction> edges = new ArrayList<>();
    for (long fen : new long[] {1, -1, 99, -100, Amount.MAX_MINOR, -Amount.MAX_MINOR}) {
      edges.add(withPostings(pending, 2, fen));
    }
    edges.add(withPostings(pending, 40, 5));
    edges.add(
        Transaction.builder()
            .from(pending)
            .bookingDate(LocalDate.of(999, 12, 31))
            .valueDate(LocalDate.of(100, 2, 3))
            .build());
    edges.add(Transaction.builder().from(pending).valueDate(LocalDate.of(9999, 12, 31)).build());
    edges.add(Transaction.builder().from(pending).memo("").source("").purpose("").build());
    edges.add(Transaction.builder().from(pending).memo("x".repeat(500)).build());
    edges.add(Transaction.builder().from(pending).source("养老服务站".repeat(100)).build());
    TransactionLine reader = new TransactionLine();
    long index = 0;
    for (Transaction tx : edges) {
      for (long i : new long[] {index++, 999_999_999_999_999_999L}) {
        byte[] line = utf8(JournalLines.line(tx, i, TransactionLineDeclinesTest.LEAF, i == 0));
        byte[] bytes = buffer("", line, "");
        assertThat(reader.read(bytes, 0, line.length)).as(str(line)).isTrue();
        assertReadAsParsed(reader, bytes, 0, line, str(line));
      }
    }
  }

  private static Transaction withPostings(Transaction tx, int pairs, long fen) {
    List<Posting> postings = new ArrayList<>();
    for (int i = 0; i < pairs; i++) {
      postings.add(Posting.of(AccountId.of("fund:a" + i), Amount.ofMinor(Unit.CNY, fen)));
      postings.add(Posting.of(AccountId.of("fund:b" + i), Amount.ofMinor(Unit.CNY, -fen)));
    }
    return Transaction.builder().from(tx).postings(postings).build();
  }

  /** Checks each field the reader read from {@code line}, which starts at {@code from}. */
  static void assertReadAsParsed(
      TransactionLine reader, byte[] bytes, int from, byte[] line, String what) {
    JournalLine parsed = JournalLine.parse(line);
    assertThat(parsed.bytes()).as("%s is canonical", what).isEqualTo(line);
    var tx = new EntryTransaction((Transaction) parsed.entry());
    assertThat(reader.bytes()).isSameAs(bytes);
    assertThat(reader.end).as(what).isEqualTo(from + line.length);
    assertThat(reader.index).as(what).isEqualTo(parsed.index());
    assertThat(reader.linked).as(what).isEqualTo(parsed.isLinked());
    assertThat(new String(bytes, reader.leafFrom, 64, StandardCharsets.US_ASCII))
        .as(what)
        .isEqualTo(HexFormat.of().formatHex(parsed.leafHash()));
    assertThat(reader.id()).as(what).isEqualTo(tx.id());
    assertThat(reader.memo()).as(what).isEqualTo(tx.memo());
    assertThat(reader.date()).as(what).isEqualTo(tx.date());
    assertThat(reader.dateText()).as(what).isEqualTo(tx.dateText());
    assertThat(reader.source()).as(what).isEqualTo(tx.source());
    assertThat(reader.postings()).as(what).isEqualTo(tx.postings());
    for (int i = 0; i < tx.postings(); i++) {
      assertThat(reader.account(i)).as("%s posting %d", what, i).isEqualTo(tx.account(i));
      assertThat(reader.fen(i)).as("%s posting %d", what, i).isEqualTo(tx.fen(i));
      assertThat(reader.accountHash(i)).as("%s posting %d", what, i).isEqualTo(hash(tx.account(i)));
      assertThat(str(bytes, reader.accountFrom(i), reader.accountTo(i))).isEqualTo(tx.account(i));
    }
    if (tx.source() == null) {
      assertThat(reader.sourceFrom()).as(what).isEqualTo(-1);
    } else {
      assertThat(str(bytes, reader.sourceFrom(), reader.sourceTo())).isEqualTo(tx.source());
      assertThat(reader.sourceHash()).as(what).isEqualTo(hash(tx.source()));
    }
  }

  /** The slice hash of a string's UTF-8 bytes placed at an odd offset. */
  static int hash(String s) {
    byte[] b = utf8("xyz" + s);
    return SliceKeys.hash(b, 3, b.length);
  }

  static String str(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  static String str(byte[] b, int from, int to) {
    return new String(b, from, to - from, StandardCharsets.UTF_8);
  }
}
