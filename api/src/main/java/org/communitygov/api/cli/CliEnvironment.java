package org.communitygov.api.cli;

import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * What a command reads from the process beyond its arguments: standard input, whether standard
 * error is a terminal, the default locale and a clock; tests pass their own.
 *
 * @param stdin standard input, read by {@code -}, not null
 * @param interactive whether standard error is a terminal (progress is then shown by default)
 * @param locale the default locale, which chooses the default report language, not null
 * @param nanoClock a monotonic clock in nanoseconds, for progress, not null
 */
record CliEnvironment(
    InputStream stdin, boolean interactive, Locale locale, LongSupplier nanoClock) {
  CliEnvironment {
    Objects.requireNonNull(stdin, "stdin");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(nanoClock, "nanoClock");
  }

  /** Returns the environment of this process. */
  static CliEnvironment ofProcess() {
    return new CliEnvironment(
        System.in, System.console() != null, Locale.getDefault(), System::nanoTime);
  }
}
