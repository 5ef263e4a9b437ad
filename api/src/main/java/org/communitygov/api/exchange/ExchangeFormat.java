package org.communitygov.api.exchange;

/**
 * The framing of an exchange document: one JSON envelope, or NDJSON lines.
 *
 * <p>See {@code docs/exchange.md} and {@code docs/adr/0013-ndjson-exchange.md}.
 *
 * @since 0.1.0
 */
public enum ExchangeFormat {
  /**
   * Decide from the input: a path ending in {@code .ndjson} or {@code .jsonl} is {@link #NDJSON}, a
   * path ending in {@code .json} is {@link #ENVELOPE}; otherwise the first JSON object decides: if
   * it has a {@code records} member the input is an envelope, if it has none and another JSON value
   * follows it the input is NDJSON, and if nothing follows it is an envelope that lacks its
   * records.
   */
  AUTO,
  /** One JSON object: the envelope with its {@code records} array. */
  ENVELOPE,
  /**
   * Newline-delimited JSON: the first line is the header (the envelope without {@code records}),
   * each following non-blank line is one record.
   */
  NDJSON
}
