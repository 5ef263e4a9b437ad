package org.communitygov.api.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.OptionalLong;

/** Checks one record of a known kind: its binding, constraints and identifier. */
final class RecordStep {
  private final IssueSink sink;
  private final RecordCheck check;
  private final RecordIds ids = new RecordIds();
  private boolean untrackedReported;

  RecordStep(IssueSink sink, RecordCheck check) {
    this.sink = sink;
    this.check = check;
  }

  void accept(JsonNode record, RecordKind kind, Where where) {
    check.check(record, kind.recordType(), where);
    JsonNode id = record.get("id");
    if (id == null || !id.isTextual()) {
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
    OptionalLong first = ids.add(id.textValue(), where.record());
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
