package org.communitygov.rules.ledger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.communitygov.model.ledger.LedgerId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Entries per second appended to the durable stores in batches of 1,000 journal lines: the file
 * store (one write and one {@code fsync} per batch) against the named baseline {@code rawFsync}
 * (the same bytes written and forced with a bare {@link FileChannel}); the JDBC store on an
 * embedded PostgreSQL (head row moved and lines inserted in one transaction) against {@code
 * plainInsert} (the same lines batch-inserted into a bare table in one transaction).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class StoreAppends {
  static final int BATCH = 1_000;

  List<byte[]> lines;
  byte[] bytes;
  Path dir;
  FileLedgerStore file;
  FileChannel raw;
  long rawAt;
  EmbeddedPostgres postgres;
  DataSource database;
  JdbcLedgerStore jdbc;
  long size;
  byte[] root;
  int ledgers;
  long seq;

  @Setup(Level.Trial)
  public void start() throws IOException {
    lines = BenchJournal.lines(BATCH).subList(0, BATCH);
    bytes = BenchJournal.bytes(lines);
    dir = Files.createTempDirectory("ledger-bench");
    postgres = EmbeddedPostgres.builder().start();
    database = postgres.getPostgresDatabase();
    JdbcLedgerStore.createTables(database, JdbcLedgerStore.Dialect.POSTGRESQL);
    try (Connection c = database.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE plain_line (seq BIGINT PRIMARY KEY, line BYTEA NOT NULL)");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Setup(Level.Iteration)
  public void open() throws IOException {
    ledgers++;
    file =
        FileLedgerStore.open(
            dir.resolve("j" + ledgers + ".ndjson"), FileLedgerStore.TornTail.REFUSE);
    raw =
        FileChannel.open(
            dir.resolve("raw" + ledgers), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    rawAt = 0;
    jdbc = JdbcLedgerStore.open(database, LedgerId.of("bench-" + ledgers));
    size = 0;
    root = Hashes.create().empty();
  }

  @TearDown(Level.Iteration)
  public void close() throws IOException {
    file.close();
    raw.close();
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException {
    postgres.close();
  }

  private StoreBatch next() {
    byte[] newRoot = Hashes.create().leaf(Long.toString(size).getBytes());
    StoreBatch batch = new StoreBatch(size, root, lines, newRoot);
    size += BATCH;
    root = newRoot;
    return batch;
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void fileStore() {
    file.append(next());
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void rawFsync() throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) {
      rawAt += raw.write(buffer, rawAt);
    }
    raw.force(false);
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void postgresStore() {
    jdbc.append(next());
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void plainInsert() throws SQLException {
    try (Connection c = database.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement s =
          c.prepareStatement("INSERT INTO plain_line (seq, line) VALUES (?, ?)")) {
        for (byte[] line : lines) {
          s.setLong(1, seq++);
          s.setBytes(2, line);
          s.addBatch();
        }
        s.executeBatch();
      }
      c.commit();
    }
  }
}
