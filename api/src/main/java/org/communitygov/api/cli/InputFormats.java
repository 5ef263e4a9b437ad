package org.communitygov.api.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.communitygov.api.exchange.ExchangeFormat;

/**
 * The framing of a file by its name, as {@link ExchangeFormat#AUTO} documents it. The command reads
 * files as streams (to count bytes for progress), so it decides from the name itself.
 */
final class InputFormats {
  private InputFormats() {}

  /**
   * Returns the framing a file's name tells.
   *
   * @param path the file, not null
   * @return NDJSON for {@code .ndjson} and {@code .jsonl}, ENVELOPE for {@code .json}, else AUTO
   */
  static ExchangeFormat of(Path path) {
    Path name = path.getFileName();
    String file = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (file.endsWith(".ndjson") || file.endsWith(".jsonl")) {
      return ExchangeFormat.NDJSON;
    }
    return file.endsWith(".json") ? ExchangeFormat.ENVELOPE : ExchangeFormat.AUTO;
  }
}
