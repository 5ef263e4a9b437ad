package org.communitygov.api.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** Runs {@code communitygov} in this JVM and captures what it prints. */
final class Cli {
  static final String EXAMPLES = "../docs/examples/";
  static final String HOUSEHOLDS = EXAMPLES + "hepingli-households.json";
  static final String COMMUNITY = EXAMPLES + "hepingli-community.json";
  static final String THREE_PROBLEMS = "src/test/resources/cli/three-problems.json";

  private Cli() {}

  /** What one run left behind. */
  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    return run(environment(new byte[0], Locale.ENGLISH, false), args);
  }

  static Run runWithStdin(byte[] stdin, String... args) {
    return run(environment(stdin, Locale.ENGLISH, false), args);
  }

  static Run runInLocale(Locale locale, String... args) {
    return run(environment(new byte[0], locale, false), args);
  }

  static Run run(CliEnvironment environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(environment, new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** An environment whose clock moves 300 ms each time it is read. */
  static CliEnvironment environment(byte[] stdin, Locale locale, boolean interactive) {
    AtomicLong nanos = new AtomicLong();
    return new CliEnvironment(
        new ByteArrayInputStream(stdin), interactive, locale, () -> nanos.addAndGet(300_000_000));
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
