package org.communitygov.api.exchange;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Checks one record of a known kind: its binding, constraints and identifier. The identifier step
 * ({@link #track}) is apart, so that records checked on other threads can be tracked in order.
 */
final class RecordStep {
  private final IssueSink sink;
  private final RecordCheck check;
  private final RecordIds ids = new RecordIds();
  private final DocumentLinks links;
  private boolean untrackedReported;

  RecordStep(IssueSink sink, RecordCheck check) {
    this.sink = sink;
    this.check = check;
    this.links = new DocumentLinks(sink);
  }

  void accept(RecordTokens record, RecordKind kind, Where where) {
    if (numberBeyond(record, sink, where)) {
      return;
    }
    Optional<Object> value = check.check(record, kind.recordType(), where);
    track(new Checked(record.id(), check.links(kind, value, record)), where);
  }

  /**
   * Tracks a checked record's identifier and links, reporting a duplicate identifier and what the
   * links find at once; the records must come in document order.
   */
  void track(Checked checked, Where where) {
    track(checked.id(), where);
    if (!checked.links().isEmpty()) {
      links.accept(checked.links(), where);
    }
  }

  /** Reports what the links find only after the last record: references still unresolved. */
  void finish() {
    links.finish();
  }

  /**
   * What the checks between records need of one checked record.
   *
   * @param id its top-level identifier, if it was read and has one
   * @param links its links to other records
   */
  record Checked(Optional<String> id, Links links) {
    static final Checked NONE = new Checked(Optional.empty(), Links.NONE);
  }

  /**
   * Reports the record's number beyond {@link NumberRange}, if it has one: its copy is then cut
   * short and must not be checked (a document's record or an NDJSON line alike).
   *
   * @return whether there was one
   */
  static boolean numberBeyond(RecordTokens record, IssueSink sink, Where where) {
    if (record.numberBeyond().isEmpty()) {
      return false;
    }
    sink.add(
        Severity.ERROR,
        "json.limit.exponent",
        where,
        record.numberBeyond().get(),
        Args.of("limit", NumberRange.MAX_EXPONENT));
    return true;
  }

  /**
   * Tracks a checked record's identifier, reporting a duplicate; the records must come in document
   * order.
   */
  private void track(Optional<String> id, Where where) {
    if (id.isEmpty()) {
      return;
    }
    if (ids.isFull()) {
      if (!untrackedReported) {
        untrackedReported = true;
        sink.add(
            Severity.INFO,
            "document.ids.untracked",
            where,
            "",
            Args.of("limit", RecordIds.MAX_TRACKED));
      }
      return;
    }
    OptionalLong first = ids.add(id.get(), where.record());
    if (first.isPresent()) {
      sink.add(
          Severity.ERROR,
          "record.id.duplicate",
          where,
          "/id",
          Args.of("firstRecord", first.getAsLong()));
    }
  }
}
