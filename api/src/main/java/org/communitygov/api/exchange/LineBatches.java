package org.communitygov.api.exchange;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks NDJSON record lines on a pool of threads and merges what they found in line order, so the
 * report is the one a single thread makes (ADR 0036).
 *
 * <p>The reading thread hands lines over in batches of at most {@value #MAX_LINES} lines or about
 * {@value #MAX_CHARS} characters. A worker checks a batch into an issue sink of its own, noting
 * where each record's issues end and the record's identifier. The reading thread merges finished
 * batches oldest first: each record's issues go to the document's sink (which keeps the first
 * {@code maxIssues} and counts the rest), then its identifier to the duplicate check, then the
 * progress listener hears of it. At most two batches per thread are pending, so memory stays
 * bounded however long the document is. Not thread-safe; used by the reading thread only.
 */
final class LineBatches implements AutoCloseable {
  static final int MAX_LINES = 512;
  static final int MAX_CHARS = 1024 * 1024;

  private final Bindings bindings;
  private final Settings settings;
  private final IssueSink sink;
  private final RecordStep ids;
  private final Progress progress;
  private final RecordKind kind;
  private final Severity unknownProperty;
  private final ExecutorService pool;
  private final int maxPending;
  private final Deque<Future<Batch>> pending = new ArrayDeque<>();
  private Batch filling = new Batch();

  LineBatches(
      Bindings bindings,
      Settings settings,
      IssueSink sink,
      RecordStep ids,
      Progress progress,
      HeaderCheck.Outcome header,
      RecordKind kind) {
    this.bindings = bindings;
    this.settings = settings;
    this.sink = sink;
    this.ids = ids;
    this.progress = progress;
    this.kind = kind;
    this.unknownProperty = header.unknownProperty();
    this.pool =
        Executors.newFixedThreadPool(
            settings.threads,
            task -> {
              Thread thread = new Thread(task, "communitygov-validate");
              thread.setDaemon(true);
              return thread;
            });
    this.maxPending = 2 * settings.threads;
  }

  /** Adds the record on a line; merges the oldest batches when too many are pending. */
  void add(String line, long number, long index, boolean tooLong) throws IOException {
    filling.add(line, new Where("", index, number, "record", unknownProperty), tooLong);
    if (filling.size() >= MAX_LINES || filling.chars >= MAX_CHARS) {
      submit();
    }
  }

  /** Checks and merges every record added so far. */
  void finish() throws IOException {
    submit();
    while (!pending.isEmpty()) {
      merge(pending.removeFirst());
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  private void submit() throws IOException {
    if (filling.size() == 0) {
      return;
    }
    Batch batch = filling;
    filling = new Batch();
    pending.addLast(pool.submit(() -> check(batch)));
    while (pending.size() > maxPending) {
      merge(pending.removeFirst());
    }
  }

  /** Runs on a worker: checks each record of a batch into the batch's own sink. */
  private Batch check(Batch batch) throws IOException {
    IssueSink found = new IssueSink(Integer.MAX_VALUE);
    RecordLine records = new RecordLine(bindings, settings, found);
    for (int i = 0; i < batch.size(); i++) {
      Where at = batch.places.get(i);
      batch.ids.add(records.check(batch.lines.get(i), batch.tooLong.get(i), kind, at));
      batch.ends.add(found.kept().size());
    }
    batch.issues = found.kept();
    batch.lines.clear();
    return batch;
  }

  private void merge(Future<Batch> future) throws IOException {
    Batch batch = await(future);
    int issue = 0;
    for (int i = 0; i < batch.size(); i++) {
      for (int end = batch.ends.get(i); issue < end; issue++) {
        sink.add(batch.issues.get(issue));
      }
      Where at = batch.places.get(i);
      ids.track(batch.ids.get(i), at);
      progress.recordsRead(at.record() + 1);
    }
  }

  private static Batch await(Future<Batch> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while validating");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** The lines of one batch, and once checked, what was found in them. */
  private static final class Batch {
    final List<String> lines = new ArrayList<>();
    final List<Where> places = new ArrayList<>();
    final List<Boolean> tooLong = new ArrayList<>();
    final List<RecordStep.Checked> ids = new ArrayList<>();
    final List<Integer> ends = new ArrayList<>();
    List<ValidationIssue> issues = List.of();
    long chars;

    void add(String line, Where at, boolean lineTooLong) {
      lines.add(line);
      places.add(at);
      tooLong.add(lineTooLong);
      chars += line.length();
    }

    int size() {
      return places.size();
    }
  }
}
