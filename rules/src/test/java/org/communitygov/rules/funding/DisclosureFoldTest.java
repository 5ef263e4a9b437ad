package org.communitygov.rules.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.funding.FundingTransaction;
import org.communitygov.rules.funding.book.FundBook;
import org.communitygov.rules.funding.disclosure.DisclosureFold;
import org.communitygov.rules.funding.disclosure.DisclosureJson;
import org.communitygov.rules.funding.disclosure.DisclosureReport;
import org.communitygov.rules.funding.disclosure.Disclosures;
import org.communitygov.rules.funding.disclosure.ReportPeriod;
import org.communitygov.rules.ledger.LedgerFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming fold of a journal file: for random funding histories (printed seeds) with quarter
 * closes, major items and memos the in-place reading does not take, every report of the year, its
 * quarters and its months read from the journal file in one pass equals the in-memory report of the
 * same book, to the fen and with the same closing tree heads; broken journals are refused.
 */
class DisclosureFoldTest {
  static final List<String> PERIODS =
      List.of(
          "2026", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2026-01", "2026-05", "2026-09",
          "2026-12");

  @TempDir Path dir;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {3, 42, 20261202})
  void everyReportFromTheJournalFileEqualsTheInMemoryReport(long seed) throws IOException {
    System.out.println("DisclosureFoldTest seed " + seed);
    FundBook book = history(seed);
    Path journal = write(book);
    List<ReportPeriod> periods = PERIODS.stream().map(ReportPeriod::parse).toList();
    List<DisclosureReport> streamed =
        DisclosureFold.of(DisclosureFold.Registers.of(book), periods, 3).read(journal).reports();
    assertThat(streamed).hasSize(periods.size());
    for (int i = 0; i < periods.size(); i++) {
      DisclosureReport memory = Disclosures.of(book, periods.get(i), 3);
      assertThat(DisclosureJson.write(streamed.get(i)))
          .as("seed %d period %s", seed, periods.get(i).text())
          .isEqualTo(DisclosureJson.write(memory));
      assertThat(streamed.get(i)).isEqualTo(memory);
    }
    assertThat(streamed.get(3).closingHead()).as("Q3 closed").isPresent();
    assertThat(streamed.get(0).major()).as("seed %d: major items", seed).isNotEmpty();
    assertThat(streamed.get(0).releases()).as("seed %d: releases", seed).isNotEmpty();
  }

  @Test
  void aJournalWithoutItsLastLineFeedIsRefusedAsTorn() throws IOException {
    FundBook book = history(5);
    byte[] bytes = Files.readAllBytes(write(book));
    byte[] torn = java.util.Arrays.copyOf(bytes, bytes.length - 10);
    DisclosureFold fold = fold(book);
    assertThatThrownBy(() -> fold.read(new ByteArrayInputStream(torn)))
        .isInstanceOf(LedgerFormatException.class)
        .hasMessageContaining("torn");
  }

  @Test
  void aJournalWithALineLeftOutIsRefusedByItsIndexes() throws IOException {
    FundBook book = history(6);
    List<byte[]> lines = book.ledger().lines();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < lines.size(); i++) {
      if (i != lines.size() / 2) {
        out.write(lines.get(i));
        out.write('\n');
      }
    }
    DisclosureFold fold = fold(book);
    assertThatThrownBy(() -> fold.read(new ByteArrayInputStream(out.toByteArray())))
        .isInstanceOf(LedgerFormatException.class)
        .hasMessageContaining("has index " + (lines.size() / 2 + 1));
  }

  @Test
  void anotherCommunitysJournalIsRefused() throws IOException {
    FundBook book = history(7);
    Path journal = write(book);
    var registers = DisclosureFold.Registers.of(book);
    var other =
        new DisclosureFold.Registers(
            CommunityId.of("110101001002"),
            registers.funds(),
            registers.projects(),
            registers.contracts(),
            registers.parameters(),
            registers.jurisdiction());
    DisclosureFold fold = DisclosureFold.of(other, List.of(ReportPeriod.parse("2026")), 3);
    assertThatThrownBy(() -> fold.read(journal))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("funding-110101001001");
  }

  private static DisclosureFold fold(FundBook book) {
    return DisclosureFold.of(
        DisclosureFold.Registers.of(book), List.of(ReportPeriod.parse("2026")), 3);
  }

  private Path write(FundBook book) throws IOException {
    Path journal = Files.createTempFile(dir, "journal", ".ndjson");
    try (var out = Files.newOutputStream(journal)) {
      for (byte[] line : book.ledger().lines()) {
        out.write(line);
        out.write('\n');
      }
    }
    return journal;
  }

  /** A year of random funding on the fixtures' book, each quarter closed. */
  static FundBook history(long seed) {
    Random random = new Random(seed);
    FundBook book = FundingFixtures.book();
    var funds = book.funds();
    List<FundingTransaction> txs = new ArrayList<>();
    LocalDate date = LocalDate.of(2026, 1, 2);
    for (int i = 0; date.getYear() == 2026; i++) {
      FundingTransaction tx = FundingPropertyTest.random(random, "T" + i, date, funds);
      var b = FundingTransaction.builder().from(tx);
      if (random.nextInt(20) == 0) {
        b.major(true);
      }
      if (random.nextInt(10) == 0) {
        b.memo(random.nextBoolean() ? "说明 \"引号\" \\ 与反斜杠" : "第" + i + "笔");
      }
      txs.add(b.build());
      date = date.plusDays(random.nextInt(3));
    }
    List<LocalDate> closes =
        List.of(
            LocalDate.of(2026, 3, 31),
            LocalDate.of(2026, 6, 30),
            LocalDate.of(2026, 9, 30),
            LocalDate.of(2026, 12, 31));
    book.replay(txs, closes);
    return book;
  }
}
