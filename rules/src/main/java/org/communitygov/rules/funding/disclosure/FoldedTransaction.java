package org.communitygov.rules.funding.disclosure;

import org.jspecify.annotations.Nullable;

/**
 * A funding ledger transaction as the disclosure fold reads it, from a ledger entry or in place
 * from a journal line (ADR 0097): its value date as {@code yyyymmdd}, its source, its posting lines
 * in fen, and its id and memo (read only for the releases and major items the report lists).
 */
interface FoldedTransaction {
  /** The value date as {@code yyyymmdd}, such as {@code 20260715}. */
  int date();

  /** The value date as {@code 2026-07-15}. */
  String dateText();

  /** The source, null if it has none. */
  @Nullable String source();

  /** The number of posting lines. */
  int postings();

  /** The account of a posting line. */
  String account(int i);

  /** The amount of a posting line in fen. */
  long fen(int i);

  /** The transaction's id. */
  String id();

  /** The memo. */
  String memo();

  /** The date {@code yyyymmdd} of a day. */
  static int day(java.time.LocalDate date) {
    return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
  }
}
