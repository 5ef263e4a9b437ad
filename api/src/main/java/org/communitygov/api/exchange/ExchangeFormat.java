package org.communitygov.api.exchange;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The framing of an exchange document: one JSON envelope, or NDJSON lines.
 *
 * <p>See {@code docs/exchange.md} and {@code docs/adr/0013-exchange-framing-and-versions.md}.
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
  NDJSON;

  /**
   * Returns the framing a file's name tells, ignoring case: {@link #NDJSON} for {@code .ndjson} and
   * {@code .jsonl}, {@link #ENVELOPE} for {@code .json}, else {@link #AUTO} (the content decides).
   * The file is not read.
   *
   * @param path the file, not null
   * @return the framing, not null
   */
  public static ExchangeFormat fromFileName(Path path) {
    Objects.requireNonNull(path, "path");
    Path name = path.getFileName();
    String file = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (file.endsWith(".ndjson") || file.endsWith(".jsonl")) {
      return NDJSON;
    }
    return file.endsWith(".json") ? ENVELOPE : AUTO;
  }
}
