package org.communitygov.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.communitygov.api.cli.Cli.Run;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

class MainTest {
  @Nested
  class Usage {
    @Test
    void aBadOptionExitsWithTwoAndShowsTheUsage() {
      Run run = Cli.run("validate", "--bogus", Cli.HOUSEHOLDS);
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err())
          .startsWith("communitygov: Unknown option: '--bogus'")
          .contains("Usage: communitygov validate");
      assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void aBadOptionValueExitsWithTwo() {
      assertThat(Cli.run("validate", "--format", "xml", Cli.HOUSEHOLDS).exitCode()).isEqualTo(2);
      assertThat(Cli.run("validate", "--lang", "fr", Cli.HOUSEHOLDS).exitCode()).isEqualTo(2);
      assertThat(Cli.run("validate", "--max-issues", "0", Cli.HOUSEHOLDS).exitCode()).isEqualTo(2);
    }

    @Test
    void noFileExitsWithTwo() {
      Run run = Cli.run("validate");
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("FILE");
    }

    @Test
    void noCommandExitsWithTwoAndListsTheCommands() {
      Run run = Cli.run();
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("validate");
    }
  }

  @Nested
  class Help {
    @Test
    void describesValidate() {
      Run run = Cli.run("validate", "--help");
      assertThat(run.exitCode()).isZero();
      assertThat(run.out())
          .contains("Usage: communitygov validate")
          .contains("--format")
          .contains("text, json")
          .contains("zh-CN, en")
          .contains("Exit codes:");
    }

    @Test
    void listsTheCommands() {
      Run run = Cli.run("--help");
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).contains("validate").contains("help");
    }

    @Test
    void tellsTheVersion() {
      Run run = Cli.run("--version");
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).startsWith("communitygov ");
    }
  }

  @Nested
  class AnInternalError {
    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
      @Option(names = "--debug")
      boolean debug;

      @Option(names = "--number")
      boolean number;

      @Option(names = "--library")
      boolean library;

      @Override
      public Integer call() {
        if (number) {
          // What Jackson threw for a citizen ID glued to a huge exponent.
          throw new NumberFormatException(
              "Value \"5001031968070203101e2147483648\" can not be deserialized as"
                  + " `java.math.BigDecimal`, reason:  Exponent overflow.");
        }
        if (library) {
          throw org.communitygov.model.common.InvalidValueException.of(
              "person", "pattern", "person 500103196807020310 is not valid");
        }
        throw new IllegalStateException("broken");
      }
    }

    Run run(String... args) {
      StringWriter err = new StringWriter();
      CommandLine commandLine = new CommandLine(new Boom());
      commandLine.setErr(new PrintWriter(err));
      commandLine.setExecutionExceptionHandler(
          new CommandFailures.Internal(Cli.environment(new byte[0], Locale.ENGLISH, false)));
      return new Run(commandLine.execute(args), "", err.toString());
    }

    @Test
    void isOneLineWithExitCodeTwo() {
      Run run = run();
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err())
          .isEqualTo(
              "communitygov: internal error: java.lang.IllegalStateException"
                  + " (run again with --debug for the details)\n");
    }

    @Test
    void neverPrintsTheExceptionsMessageWhichMayQuoteInput() {
      Run run = run("--number");
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err())
          .isEqualTo(
              "communitygov: internal error: java.lang.NumberFormatException"
                  + " (run again with --debug for the details)\n");
    }

    @Test
    void namesTheCodeOfALibraryException() {
      Run run = run("--library");
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err())
          .isEqualTo(
              "communitygov: internal error:"
                  + " org.communitygov.model.common.InvalidValueException person.pattern"
                  + " (run again with --debug for the details)\n");
    }

    @Test
    void showsItsStackTraceWithDebug() {
      assertThat(run("--debug").err()).contains("\tat ");
    }
  }
}
