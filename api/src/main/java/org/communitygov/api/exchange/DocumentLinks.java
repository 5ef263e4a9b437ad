package org.communitygov.api.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the records of one document against each other (ADR 0062), from the {@link Links} of each
 * record in document order: a key declared twice ({@code record.id.duplicate}), a reference to a
 * key the document does not declare ({@code reference.unresolved}, after the last record), a
 * referring record outside the window of the key it refers to ({@code reference.time.outside}), a
 * value a reference shares with its key that differs from the key's ({@code
 * reference.value.differs}), a shared value that differs from the first record's ({@code
 * document.value.differs}).
 *
 * <p>Memory is bounded: at most {@link LinkKeys#MAX_KEYS} keys and {@link #MAX_PENDING} references
 * to keys not yet seen are kept; past either, {@code document.references.untracked} (INFO) is
 * reported once and what is not kept is not checked. Not thread-safe.
 */
final class DocumentLinks {
  /** The most references to keys not yet declared that are kept until the end. */
  static final int MAX_PENDING = 1 << 18;

  private final IssueSink sink;
  private final LinkKeys keys;
  private final int maxKeys;
  private final int maxPending;
  private final Map<String, First> shared = new HashMap<>();
  private final List<Pending> pending = new ArrayList<>();
  private boolean untracked;

  DocumentLinks(IssueSink sink) {
    this(sink, LinkKeys.MAX_KEYS, MAX_PENDING);
  }

  /** Links with smaller bounds (for tests). */
  DocumentLinks(IssueSink sink, int maxKeys, int maxPending) {
    this.sink = sink;
    this.keys = new LinkKeys(maxKeys);
    this.maxKeys = maxKeys;
    this.maxPending = maxPending;
  }

  /** Takes the links of the next record of the document. */
  void accept(Links links, Where where) {
    for (Links.Key key : links.keys()) {
      long first =
          keys.add(
              LinkKeys.hash(key.target(), key.id()), where.record(), key.window(), key.value());
      if (first == LinkKeys.FULL) {
        untracked(where, maxKeys);
      } else if (first != LinkKeys.ADDED) {
        sink.add(
            Severity.ERROR,
            "record.id.duplicate",
            where,
            key.pointer(),
            Args.of("firstRecord", first));
      }
    }
    for (Links.Reference reference : links.references()) {
      long hash = LinkKeys.hash(reference.target(), reference.id());
      int slot = keys.find(hash);
      if (slot >= 0) {
        within(
            reference,
            slot,
            where.pointer(reference.pointer()),
            samePointer(reference, where),
            where.record(),
            where.line());
      } else if (pending.size() >= maxPending) {
        untracked(where, maxPending);
      } else {
        pending.add(
            new Pending(
                hash,
                reference,
                where.pointer(reference.pointer()),
                samePointer(reference, where),
                where.record(),
                where.line()));
      }
    }
    for (Links.Shared value : links.shared()) {
      First first = shared.putIfAbsent(value.property(), new First(value.value(), where.record()));
      if (first != null && !first.value().equals(value.value())) {
        sink.add(
            Severity.ERROR,
            "document.value.differs",
            where,
            value.pointer(),
            Args.of("property", value.property(), "firstRecord", first.record()));
      }
    }
  }

  /** Reports the references still unresolved after the last record, in document order. */
  void finish() {
    for (Pending p : pending) {
      int slot = keys.find(p.hash());
      if (slot >= 0) {
        within(p.reference(), slot, p.pointer(), p.samePointer(), p.record(), p.line());
      } else if (!keys.isFull()) {
        sink.add(
            p.reference().unresolved(),
            "reference.unresolved",
            p.pointer(),
            p.record(),
            p.line(),
            Args.of("target", p.reference().target()));
      }
    }
    pending.clear();
  }

  /** Checks a reference against the key it found: within the key's window, sharing its value. */
  private void within(
      Links.Reference reference,
      int slot,
      String pointer,
      String samePointer,
      long record,
      long line) {
    Links.Window window = keys.window(slot);
    if (!window.contains(reference.span())) {
      Map<String, String> args =
          Args.of("target", reference.target(), "targetRecord", keys.record(slot));
      args.put("window", window.text());
      sink.add(Severity.ERROR, "reference.time.outside", pointer, record, line, args);
    }
    Optional<String> value = keys.value(slot);
    if (reference.same().isPresent()
        && value.isPresent()
        && !reference.same().get().value().equals(value.get())) {
      Links.Same same = reference.same().get();
      Map<String, String> args = Args.of("property", same.property(), "target", reference.target());
      args.put("targetRecord", String.valueOf(keys.record(slot)));
      args.put("value", same.value());
      args.put("targetValue", value.get());
      sink.add(Severity.ERROR, "reference.value.differs", samePointer, record, line, args);
    }
  }

  /** Where the reference's shared value is written in the document, or "" if it shares none. */
  private static String samePointer(Links.Reference reference, Where where) {
    return reference.same().map(same -> where.pointer(same.pointer())).orElse("");
  }

  private void untracked(Where where, int limit) {
    if (!untracked) {
      untracked = true;
      sink.add(Severity.INFO, "document.references.untracked", where, "", Args.of("limit", limit));
    }
  }

  private record First(String value, long record) {}

  private record Pending(
      long hash,
      Links.Reference reference,
      String pointer,
      String samePointer,
      long record,
      long line) {}
}
