package org.communitygov.api.exchange;

import java.util.Optional;

/** The options of an {@link ExchangeValidator}, fixed when it is built. */
final class Settings {
  static final int DEFAULT_MAX_ISSUES = 1000;
  static final int DEFAULT_MAX_RECORD_LENGTH = 1024 * 1024;
  static final int MAX_THREADS = 256;
  static final ProgressListener NO_PROGRESS = (records, input) -> {};

  final ValidationMode mode;
  final ExchangeFormat format;
  final int maxIssues;
  final int maxRecordLength;
  final Optional<RecordKind> expectedKind;
  final ProgressListener progress;
  final int threads;

  Settings(
      ValidationMode mode,
      ExchangeFormat format,
      int maxIssues,
      int maxRecordLength,
      Optional<RecordKind> expectedKind,
      ProgressListener progress,
      int threads) {
    this.mode = mode;
    this.format = format;
    this.maxIssues = maxIssues;
    this.maxRecordLength = maxRecordLength;
    this.expectedKind = expectedKind;
    this.progress = progress;
    this.threads = threads;
  }

  Settings withProgress(ProgressListener listener) {
    return new Settings(mode, format, maxIssues, maxRecordLength, expectedKind, listener, threads);
  }
}
