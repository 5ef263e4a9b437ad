package org.communitygov.rules.ledger;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;

/**
 * A store that keeps the journal in an append-only NDJSON file, one {@linkplain JournalLine line}
 * per entry, each ended by a line feed: the embedded default.
 *
 * <p>Each batch is written with one write and made durable with one {@code fsync} before {@link
 * #append(StoreBatch)} returns. A crash during a write leaves at most a torn tail: a last line with
 * no line feed, or the first lines of a linked batch without its last. Opening the file detects a
 * torn tail and refuses it ({@link TornTail#REFUSE}) or cuts it off ({@link TornTail#TRUNCATE}); it
 * never reads past it. The file is locked while open, so one process writes at a time.
 *
 * @since 0.1.0
 */
public final class FileLedgerStore implements LedgerStore {
  /** What opening does with a torn tail. */
  public enum TornTail {
    /** Refuse to open, with code {@value LedgerStoreException#TORN}. */
    REFUSE,
    /** Cut the torn tail off the file, durably, and open. */
    TRUNCATE
  }

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private final boolean sync;
  private long size;
  private long length;

  private FileLedgerStore(
      Path file, FileChannel channel, FileLock lock, boolean sync, long size, long length) {
    this.file = file;
    this.sync = sync;
    this.channel = channel;
    this.lock = lock;
    this.size = size;
    this.length = length;
  }

  /**
   * Opens (or creates) a journal file.
   *
   * @param file the file, not null
   * @param torn what to do with a torn tail, not null
   * @return the store, holding the file's lock until closed, not null
   * @throws LedgerStoreException if the file cannot be read or locked, another writer holds it
   *     ({@value LedgerStoreException#CONFLICT}), or its tail is torn and {@code torn} is {@link
   *     TornTail#REFUSE} ({@value LedgerStoreException#TORN})
   */
  public static FileLedgerStore open(Path file, TornTail torn) {
    return open(file, torn, true);
  }

  /**
   * Opens a journal file whose appends are not forced to the disk: a process crash loses nothing
   * written, a power failure may. For simulations and tests that crash the process, not the power.
   */
  static FileLedgerStore openWithoutSync(Path file, TornTail torn) {
    return open(file, torn, false);
  }

  private static FileLedgerStore open(Path file, TornTail torn, boolean sync) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(torn, "torn");
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock = lock(channel, file);
      JournalText text = JournalText.split(Files.readAllBytes(file));
      if (text.isTorn()) {
        if (torn == TornTail.REFUSE) {
          lock.release();
          throw new LedgerStoreException(
              LedgerStoreException.TORN,
              file.getFileName()
                  + ": line "
                  + text.tornLine
                  + " is torn (a write was cut off); open it with TornTail.TRUNCATE to cut it off");
        }
        channel.truncate(text.soundLength);
        channel.force(true);
      }
      return new FileLedgerStore(file, channel, lock, sync, text.lines.size(), text.soundLength);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new LedgerStoreException(
          LedgerStoreException.IO, "cannot open " + file.getFileName(), e);
    } catch (RuntimeException e) {
      closeQuietly(channel);
      throw e;
    }
  }

  private static FileLock lock(FileChannel channel, Path file) throws IOException {
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      throw new LedgerStoreException(
          LedgerStoreException.CONFLICT, file.getFileName() + " is open for writing elsewhere");
    }
    return lock;
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // the open failure is what matters
      }
    }
  }

  @Override
  public synchronized List<byte[]> lines() {
    try {
      return JournalText.split(Files.readAllBytes(file)).lines;
    } catch (IOException e) {
      throw new LedgerStoreException(
          LedgerStoreException.IO, "cannot read " + file.getFileName(), e);
    }
  }

  @Override
  public synchronized long size() {
    return size;
  }

  @Override
  public synchronized void append(StoreBatch batch) {
    if (batch.previousSize() != size) {
      throw new LedgerStoreException(
          LedgerStoreException.CONFLICT,
          "the journal has " + size + " lines, the writer expected " + batch.previousSize());
    }
    int total = 0;
    for (byte[] line : batch.lines()) {
      total += line.length + 1;
    }
    ByteBuffer buffer = ByteBuffer.allocate(total);
    for (byte[] line : batch.lines()) {
      buffer.put(line).put((byte) '\n');
    }
    buffer.flip();
    try {
      long at = length;
      while (buffer.hasRemaining()) {
        at += channel.write(buffer, at);
      }
      if (sync) {
        channel.force(false);
      }
    } catch (IOException e) {
      try {
        channel.truncate(length);
      } catch (IOException ignored) {
        // the next open finds the torn tail
      }
      throw new LedgerStoreException(
          LedgerStoreException.IO, "cannot append to " + file.getFileName(), e);
    }
    length += total;
    size += batch.lines().size();
  }

  @Override
  public synchronized void close() {
    try {
      if (lock.isValid()) {
        lock.release();
      }
      channel.close();
    } catch (IOException e) {
      throw new LedgerStoreException(
          LedgerStoreException.IO, "cannot close " + file.getFileName(), e);
    }
  }
}
