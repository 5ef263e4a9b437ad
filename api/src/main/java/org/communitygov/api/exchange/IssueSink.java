package org.communitygov.api.exchange;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Collects the issues of one validation: keeps the first {@code max}, counts them all. */
final class IssueSink {
  private final int max;
  private final List<ValidationIssue> kept = new ArrayList<>();
  private final Map<Severity, Long> counts = new EnumMap<>(Severity.class);
  private final Map<String, Long> summary = new HashMap<>();
  private long omitted;

  IssueSink(int max) {
    this.max = max;
  }

  void add(Severity severity, String code, Where where, String pointer, Map<String, String> args) {
    add(severity, code, where.pointer(pointer), where.record(), where.line(), args);
  }

  void add(
      Severity severity,
      String code,
      String pointer,
      long record,
      long line,
      Map<String, String> args) {
    if (counted(severity, code)) {
      kept.add(ValidationIssue.of(severity, code, pointer, record, line, args));
    }
  }

  /** Adds an issue found elsewhere, such as on another thread, as if it were found here. */
  void add(ValidationIssue issue) {
    if (counted(issue.severity(), issue.code())) {
      kept.add(issue);
    }
  }

  /** Counts an issue; true if it is to be kept. */
  private boolean counted(Severity severity, String code) {
    counts.merge(severity, 1L, Long::sum);
    summary.merge(code, 1L, Long::sum);
    if (kept.size() < max) {
      return true;
    }
    omitted++;
    return false;
  }

  /** The issues kept so far, in the order found; a live view, not a copy. */
  List<ValidationIssue> kept() {
    return kept;
  }

  long errors() {
    return counts.getOrDefault(Severity.ERROR, 0L);
  }

  ValidationReport report(long records, ExchangeFormat format, Optional<ExchangeHeader> header) {
    return new ValidationReport(kept, counts, summary, omitted, max, records, format, header);
  }
}
