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
    counts.merge(severity, 1L, Long::sum);
    summary.merge(code, 1L, Long::sum);
    if (kept.size() < max) {
      kept.add(ValidationIssue.of(severity, code, pointer, record, line, args));
    } else {
      omitted++;
    }
  }

  long errors() {
    return counts.getOrDefault(Severity.ERROR, 0L);
  }

  ValidationReport report(long records, ExchangeFormat format, Optional<ExchangeHeader> header) {
    return new ValidationReport(kept, counts, summary, omitted, max, records, format, header);
  }
}
