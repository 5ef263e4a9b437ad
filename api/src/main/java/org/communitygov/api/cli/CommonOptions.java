package org.communitygov.api.cli;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options every {@code communitygov} command takes: the language of what it prints and {@code
 * --debug}. A command adds them with {@code @Mixin CommonOptions common;}.
 */
final class CommonOptions {
  @Option(
      names = "--lang",
      paramLabel = "LANG",
      converter = Language.Converter.class,
      completionCandidates = Language.Candidates.class,
      description =
          "Language of the text: ${COMPLETION-CANDIDATES}. Default: zh-CN if the system's"
              + " language is Chinese, else en.")
  private @Nullable Language language;

  @Option(names = "--debug", description = "Print the stack trace of an internal error.")
  private boolean debug;

  /** Returns the language asked for, or the one the default locale suggests. */
  Language language(Locale defaultLocale) {
    return language != null ? language : Language.defaultFor(defaultLocale);
  }

  boolean debug() {
    return debug;
  }
}
