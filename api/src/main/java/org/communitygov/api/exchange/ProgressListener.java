package org.communitygov.api.exchange;

/**
 * Learns how far the validation of one document has come, for a progress bar or a log line.
 *
 * <pre>{@code
 * ExchangeValidator watched =
 *     validator.withProgress((records, bytes) -> meter.update(records, bytes));
 * ValidationReport report = watched.validate(Path.of("households.ndjson"));
 * }</pre>
 *
 * <p>The validator calls it on the validating thread after each record read (checked or not; with
 * several threads, after each record's findings are merged, in record order) and once more when the
 * document is done, so a listener that shows something should itself limit how often it does. It
 * must be quick and must not throw. A listener given to a validator that several threads use at
 * once is called by all of them.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ProgressListener {
  /**
   * Tells how much of the document has been read.
   *
   * @param recordsRead the records read so far, valid or not
   * @param inputRead the input read so far: bytes for a {@code Path} or an {@code InputStream},
   *     characters for a {@code Reader}; it runs ahead of the records by up to the read buffer (64
   *     KiB), and with several threads ({@link ExchangeValidator.Builder#threads(int)}) also by the
   *     batches waiting to be checked (about 2 MiB per thread)
   */
  void progressed(long recordsRead, long inputRead);
}
