package org.communitygov.api.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A seeded mutation fuzzer of the validator: takes a document's bytes, changes them (cuts, flips,
 * deletes, repeats, splices in tokens known to have broken the validator) and runs every validator
 * configuration over the result. A finding is an input on which a validator throws, or gives a
 * report that contradicts itself.
 */
final class ExchangeFuzzer {
  /** Pieces of text that broke the validator once, or nearly: spliced into the inputs. */
  private static final List<String> TOKENS =
      List.of(
          "1e2147483648",
          "1e-2147483648",
          "-1E+2147483647",
          "1e9999",
          "1e10000",
          "0.0",
          "-0",
          "[1941,3,15]",
          "\"1941-03-15T00:00:00Z\"",
          "\"+10000-01-01\"",
          "19410315",
          "null",
          "true",
          "{}",
          "[]",
          "\"\"",
          "\"王\"",
          "{\"amount\":1.5}",
          "{\"start\":null}",
          "\"records\":",
          "\"kind\":\"PERSONS\"",
          "\"version\":\"1.9\"",
          "\"version\":\"2.0\"",
          "\n",
          "\r\n",
          "\uFEFF",
          ",",
          ":",
          "\"",
          "\\u0000",
          "\\uD800",
          "{\"a\":[[[[[[[[[[");

  static final List<ExchangeValidator> VALIDATORS =
      List.of(
          ExchangeValidator.builder().build(),
          ExchangeValidator.builder().mode(ValidationMode.LENIENT).build(),
          ExchangeValidator.builder().format(ExchangeFormat.ENVELOPE).maxIssues(5).build(),
          ExchangeValidator.builder().format(ExchangeFormat.NDJSON).maxRecordLength(1024).build());

  private ExchangeFuzzer() {}

  /** A mutation of {@code input}: one to four changes. */
  static byte[] mutate(byte[] input, byte[] other, Random random) {
    byte[] bytes = input;
    int changes = 1 + random.nextInt(4);
    for (int i = 0; i < changes; i++) {
      bytes = change(bytes, other, random);
    }
    return bytes;
  }

  private static byte[] change(byte[] bytes, byte[] other, Random random) {
    int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
    switch (random.nextInt(7)) {
      case 0:
        return Arrays.copyOf(bytes, at);
      case 1:
        if (bytes.length > 0) {
          byte[] flipped = bytes.clone();
          flipped[at] ^= (byte) (1 << random.nextInt(8));
          return flipped;
        }
        return bytes;
      case 2:
        return splice(bytes, at, Math.min(bytes.length, at + 1 + random.nextInt(16)), new byte[0]);
      case 3:
        int end = Math.min(bytes.length, at + 1 + random.nextInt(64));
        return splice(bytes, at, at, Arrays.copyOfRange(bytes, at, end));
      case 4:
        int from = other.length == 0 ? 0 : random.nextInt(other.length);
        return splice(bytes, at, bytes.length, Arrays.copyOfRange(other, from, other.length));
      default:
        byte[] token = TOKENS.get(random.nextInt(TOKENS.size())).getBytes(StandardCharsets.UTF_8);
        int replaced = random.nextBoolean() ? 0 : Math.min(bytes.length - at, random.nextInt(12));
        return splice(bytes, at, at + replaced, token);
    }
  }

  private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
    byte[] result = new byte[bytes.length - (to - from) + insert.length];
    System.arraycopy(bytes, 0, result, 0, from);
    System.arraycopy(insert, 0, result, from, insert.length);
    System.arraycopy(bytes, to, result, from + insert.length, bytes.length - to);
    return result;
  }

  /**
   * Runs every validator over the input; returns what went wrong, or null if each gave a report
   * that agrees with itself.
   */
  static String check(byte[] input) {
    for (ExchangeValidator validator : VALIDATORS) {
      ValidationReport report;
      try {
        report = validator.validate(new ByteArrayInputStream(input));
      } catch (IOException | RuntimeException | Error e) {
        return "threw " + e;
      }
      String problem = contradiction(report);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static String contradiction(ValidationReport report) {
    if (report.isValid() != (report.counts().get(Severity.ERROR) == 0)) {
      return "isValid() disagrees with the count of errors";
    }
    for (ValidationIssue issue : report.issues()) {
      if (issue.code().endsWith("value.invalid") || issue.code().equals("record.invalid")) {
        return "the catch-all " + issue.code() + " at " + issue.pointer();
      }
      if (issue.message(java.util.Locale.ENGLISH).isBlank()) {
        return "no message for " + issue.code();
      }
    }
    try {
      report.toJson();
    } catch (RuntimeException e) {
      return "toJson threw " + e;
    }
    return null;
  }
}
