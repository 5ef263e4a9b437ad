package org.communitygov.api.exchange;

import java.util.function.LongSupplier;

/** Tells a validator's {@link ProgressListener} the records and the input read so far. */
final class Progress {
  private final ProgressListener listener;
  private final LongSupplier inputRead;

  Progress(ProgressListener listener, LongSupplier inputRead) {
    this.listener = listener;
    this.inputRead = inputRead;
  }

  void recordsRead(long records) {
    listener.progressed(records, inputRead.getAsLong());
  }
}
