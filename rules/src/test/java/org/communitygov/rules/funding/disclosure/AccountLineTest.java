package org.communitygov.rules.funding.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitygov.rules.funding.disclosure.JournalLines.buffer;
import static org.communitygov.rules.funding.disclosure.JournalLines.lastLineFeed;
import static org.communitygov.rules.funding.disclosure.JournalLines.utf8;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.communitygov.model.ledger.Account;
import org.communitygov.model.ledger.AccountFlag;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.AccountKind;
import org.communitygov.model.ledger.LedgerId;
import org.communitygov.model.ledger.Owner;
import org.communitygov.model.ledger.OwnerKind;
import org.communitygov.model.ledger.Unit;
import org.communitygov.rules.ledger.JournalLine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The in-place reading of a line that opens an account: the journal's ledger is checked (an account
 * of another ledger refused by name), the index, leaf and linked marker are read from the line's
 * end as {@link JournalLine#parse} reads them, and a line whose end is not so is left to the full
 * parser.
 */
class AccountLineTest {
  static final byte[] LEDGER = utf8("funding-1");
  static final String LEAF = TransactionLineDeclinesTest.LEAF;

  static Account account(String ledger) {
    return Account.builder()
        .id(AccountId.of("fund:lottery:bank"))
        .ledger(LedgerId.of(ledger))
        .kind(AccountKind.ASSET)
        .unit(Unit.CNY)
        .openedOn(LocalDate.of(2026, 1, 1))
        .build();
  }

  static List<Account> accounts() {
    Account plain = account("funding-1");
    return List.of(
        plain,
        Account.builder()
            .from(plain)
            .kind(AccountKind.EQUITY)
            .flags(Set.of(AccountFlag.values()))
            .owner(Owner.of(OwnerKind.ORGANISATION, "org-1"))
            .purpose("养老 \"助餐\"")
            .build());
  }

  @Test
  void anAccountOfTheJournalsLedgerIsReadAsTheFullParserReadsIt() {
    TransactionLine reader = new TransactionLine();
    for (Account account : accounts()) {
      for (long index : new long[] {0, 7, 999_999_999_999_999_999L}) {
        for (boolean linked : new boolean[] {false, true}) {
          byte[] line = utf8(JournalLines.line(account, index, LEAF, linked));
          JournalLine parsed = JournalLine.parse(line);
          String before = "{\"entry\":{\"accountKind\":\"x\"}}\n";
          byte[] bytes = buffer(before, line, before);
          int from = utf8(before).length;
          String what = new String(line, StandardCharsets.UTF_8);
          assertThat(reader.read(bytes, from, lastLineFeed(bytes))).as(what).isFalse();
          assertThat(reader.readAccount(bytes, from, lastLineFeed(bytes), LEDGER))
              .as(what)
              .isTrue();
          assertThat(reader.index).as(what).isEqualTo(parsed.index());
          assertThat(reader.linked).as(what).isEqualTo(linked);
          assertThat(reader.end).as(what).isEqualTo(from + line.length);
          assertThat(new String(bytes, reader.leafFrom, 64, StandardCharsets.US_ASCII))
              .isEqualTo(HexFormat.of().formatHex(parsed.leafHash()));
        }
      }
    }
  }

  @Test
  void anAccountOfAnotherLedgerIsRefusedByName() {
    for (String[] ours : new String[][] {{"funding-1", "funding-2"}, {"funding-1", "funding-10"}}) {
      for (String[] pair : new String[][] {ours, {ours[1], ours[0]}}) {
        byte[] line = utf8(JournalLines.line(account(pair[1]), 3, LEAF, false));
        byte[] bytes = buffer("", line, "");
        assertThatThrownBy(
                () -> new TransactionLine().readAccount(bytes, 0, line.length, utf8(pair[0])))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage(
                "the journal opens an account of ledger " + pair[1] + ", not of " + pair[0]);
      }
    }
  }

  @Test
  void otherLinesAreNotReadAsAccounts() {
    byte[] tx = utf8(TransactionLineDeclinesTest.line(TransactionLineDeclinesTest.pending()));
    byte[] bytes = buffer("", tx, "");
    assertThat(new TransactionLine().readAccount(bytes, 0, tx.length, LEDGER)).isFalse();
  }

  @TestFactory
  Stream<DynamicTest> anAccountLineWithAnotherEndIsLeftToTheFullParser() {
    String plain = JournalLines.line(account("funding-1"), 7, LEAF, false);
    String linked = JournalLines.line(account("funding-1"), 7, LEAF, true);
    return Stream.of(
            edit(
                plain,
                "an escape in the ledger",
                "\"ledger\":\"funding-1\"",
                "\"ledger\":\"fund\\u0069ng-1\""),
            edit(
                plain,
                "no ledger",
                "\"kind\":\"account\",\"ledger\":\"funding-1\",",
                "\"kind\":\"account\","),
            edit(plain, "a leaf of 63 digits", "\"" + LEAF, "\"" + LEAF.substring(1)),
            edit(plain, "a leaf of 65 digits", "\"" + LEAF, "\"0" + LEAF),
            edit(plain, "a leaf not closed by a quote", LEAF + "\"}", LEAF + "x}"),
            edit(plain, "no last brace", LEAF + "\"}", LEAF + "\"]"),
            edit(linked, "a linked marker without its brace", "true}", "true]"),
            edit(
                plain,
                "a linked marker that is false",
                LEAF + "\"}",
                LEAF + "\",\"linked\":false}"),
            edit(plain, "an index without digits", "\"index\":7,", "\"index\":,"),
            edit(plain, "an index of 19 digits", "\"index\":7,", "\"index\":1000000000000000007,"),
            edit(plain, "an index under another name", "\"index\":7,", "\"indey\":7,"),
            edit(plain, "an index with a space", "\"index\":7,", "\"index\": 7,"),
            edit(plain, "no leaf name", ",\"leaf\":\"", ",\"leaves\":\""))
        .map(
            c ->
                dynamicTest(
                    c[0],
                    () -> {
                      byte[] line = utf8(c[1]);
                      byte[] bytes = buffer("", line, "");
                      assertThat(new TransactionLine().readAccount(bytes, 0, line.length, LEDGER))
                          .as(c[1])
                          .isFalse();
                    }));
  }

  @TestFactory
  Stream<DynamicTest> anAccountLineCutShortIsLeftToTheFullParser() {
    byte[] line = utf8(JournalLines.line(account("funding-1"), 7, LEAF, true));
    byte[] next = utf8(JournalLines.line(account("funding-1"), 8, LEAF, false));
    return IntStream.range(25, line.length)
        .mapToObj(
            cut ->
                dynamicTest(
                    "cut after " + cut + " of " + line.length + " bytes",
                    () -> {
                      byte[] part = java.util.Arrays.copyOf(line, cut);
                      byte[] bytes = buffer("", part, new String(next, StandardCharsets.UTF_8));
                      TransactionLine reader = new TransactionLine();
                      assertThat(reader.readAccount(bytes, 0, lastLineFeed(bytes), LEDGER))
                          .isFalse();
                    }));
  }

  private static String[] edit(String line, String name, String from, String to) {
    assertThat(line).as(name).contains(from);
    return new String[] {
      name, line.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to))
    };
  }
}
