package org.communitygov.rules.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link JournalVerifier#verify} of a journal of 1,000 accounts and 100,000 transfers (frames,
 * indexes, leaf hashes, the tree's root; and with {@code deep} every entry read and re-encoded)
 * against the named baseline {@code sha256}: one SHA-256 over the same bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class JournalVerify {
  byte[] journal;

  @Setup(Level.Trial)
  public void journal() {
    journal = BenchJournal.bytes(BenchJournal.lines(100_000));
    System.out.printf("%njournal: %,d bytes%n", journal.length);
  }

  @Benchmark
  public VerifyReport verify() {
    return JournalVerifier.verify(journal, Optional.empty(), false);
  }

  @Benchmark
  public VerifyReport verifyDeep() {
    return JournalVerifier.verify(journal, Optional.empty(), true);
  }

  @Benchmark
  public byte[] sha256() throws NoSuchAlgorithmException {
    return MessageDigest.getInstance("SHA-256").digest(journal);
  }
}
