package org.communitygov.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.communitygov.api.cli.Cli.Run;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Extreme and malformed arguments of every command are usage errors: exit code 2, one clear line
 * naming the option, the usage, and never an internal error or a stack trace.
 */
class PlaceAndDateTest {
  static final String CHEN = EvaluateCommandTest.CHEN;

  static void assertUsageError(Run run, String message) {
    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_CHECKED);
    assertThat(run.err())
        .startsWith("communitygov: " + message)
        .contains("Usage: communitygov ")
        .doesNotContain("communitygov: internal error")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  static Run run(String command, String option, String value) {
    List<String> args = new ArrayList<>(List.of(command));
    switch (command) {
      case "validate" -> {
        args.addAll(List.of(option, value, Cli.HOUSEHOLDS));
      }
      case "evaluate" -> {
        args.addAll(List.of("mlg", option, value));
        if (!option.equals("--date")) {
          args.addAll(List.of("--date", "2026-12-01"));
        }
        if (!option.equals("--jurisdiction")) {
          args.addAll(List.of("--jurisdiction", "500103"));
        }
        args.add(CHEN);
      }
      default -> args.addAll(List.of(option, value));
    }
    return Cli.run(args.toArray(String[]::new));
  }

  @Nested
  class Dates {
    @ParameterizedTest(name = "{0} --date {1}")
    @CsvSource({
      "evaluate, -999999999-01-01",
      "evaluate, +999999999-12-31",
      "evaluate, 1899-12-31",
      "evaluate, 2200-01-01",
      "parameters, -999999999-01-01",
      "parameters, +999999999-12-31",
      "parameters, 1899-12-31",
      "parameters, 2200-01-01"
    })
    void outsideTheRangeTheRulesCanCountInAreUsageErrors(String command, String date) {
      assertUsageError(
          run(command, "--date", date),
          "--date must be from 1900-01-01 to 2199-12-31, not '" + date + "'");
    }

    @ParameterizedTest(name = "{0} --date {1}")
    @CsvSource({
      "evaluate, 2024-02-30",
      "evaluate, 20240601",
      "evaluate, ''",
      "parameters, 2024-6-1",
      "parameters, +2024-06-01"
    })
    void thatAreNotIsoDatesAreUsageErrors(String command, String date) {
      assertUsageError(
          run(command, "--date", date),
          "--date must be an ISO date such as 2024-06-01, not '" + date + "'");
    }

    @ParameterizedTest(name = "{0} --date {1}")
    @CsvSource({"evaluate, 1900-01-01", "evaluate, 2199-12-31", "parameters, 1900-01-01"})
    void atTheEndsOfTheRangeAreAccepted(String command, String date) {
      Run run = run(command, "--date", date);
      assertThat(run.err()).doesNotContain("--date").doesNotContain("communitygov: internal error");
      assertThat(run.exitCode()).isIn(ExitCodes.VALID, ExitCodes.NOT_CHECKED);
      assertThat(run.out() + run.err()).isNotEmpty();
    }
  }

  @Nested
  class Jurisdictions {
    @ParameterizedTest(name = "{0} --jurisdiction {1}")
    @CsvSource({
      "evaluate, 999999",
      "evaluate, 99",
      "evaluate, xx",
      "evaluate, 5001030030010019",
      "parameters, 999999",
      "parameters, ''",
      "parameters, NATIONAL-ish"
    })
    void thatAreUnknownOrMalformedAreUsageErrors(String command, String code) {
      assertUsageError(
          run(command, "--jurisdiction", code),
          "--jurisdiction must be 'national' or a 6, 9 or 12-digit division code, not '"
              + code
              + "'");
    }
  }

  @Nested
  class Counts {
    @ParameterizedTest(name = "--max-issues {0}")
    @ValueSource(strings = {"-1", "0", "99999999999999", "2147483648", "many", "1.5", ""})
    void maxIssuesOutOfRangeIsAUsageError(String value) {
      assertUsageError(
          run("validate", "--max-issues", value),
          "--max-issues must be a whole number from 1 to 2147483647, not '" + value + "'");
    }

    @ParameterizedTest(name = "--threads {0}")
    @ValueSource(strings = {"0", "-4", "257", "99999999999", "all", ""})
    void threadsOutOfRangeIsAUsageError(String value) {
      assertUsageError(
          run("validate", "--threads", value),
          "--threads must be a whole number from 1 to 256, not '" + value + "'");
    }

    @ParameterizedTest(name = "--max-issues {0}")
    @ValueSource(strings = {"1", "2147483647"})
    void theEndsOfTheRangeAreAccepted(String value) {
      Run run = run("validate", "--max-issues", value);
      assertThat(run.exitCode()).isEqualTo(ExitCodes.VALID);
      assertThat(run.err()).isEmpty();
    }
  }
}
