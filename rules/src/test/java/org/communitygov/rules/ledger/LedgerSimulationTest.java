package org.communitygov.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.communitygov.rules.ledger.JdbcLedgerStore.Dialect;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs {@link LedgerSimulation} for a few seeds (one new each run, printed in the test's name). The
 * default build runs {@value #DEFAULT_OPERATIONS} operations per seed; the long run is {@code
 * ./mvnw -B -pl model,rules -am verify -Dtest='LedgerSimulationTest'
 * -Dsurefire.failIfNoSpecifiedTests=false -Dledger.simulation.operations=100000}, and {@code
 * -Dledger.simulation.seed=S} replays one seed.
 */
class LedgerSimulationTest {
  static final int DEFAULT_OPERATIONS = 500;
  static @Nullable EmbeddedPostgres postgres;

  @TempDir Path dir;

  static Stream<Long> seeds() {
    Long replay = Long.getLong("ledger.simulation.seed");
    if (replay != null) {
      return Stream.of(replay);
    }
    return LongStream.of(1, 42, 20261202).boxed();
  }

  static int operations() {
    return Integer.getInteger("ledger.simulation.operations", DEFAULT_OPERATIONS);
  }

  /** Whether the simulation also runs on an embedded PostgreSQL ({@code -Pledger-simulation}). */
  static boolean withPostgres() {
    return Boolean.getBoolean("ledger.simulation.postgres");
  }

  @BeforeAll
  static void startPostgres() throws IOException {
    if (withPostgres()) {
      postgres = EmbeddedPostgres.builder().start();
      JdbcLedgerStore.createTables(postgres.getPostgresDatabase(), Dialect.POSTGRESQL);
    }
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void keepsEveryInvariantOnEveryStore(long seed) throws SQLException {
    LedgerSimulation simulation = new LedgerSimulation(seed, dir).withSqlite(dir);
    if (postgres != null) {
      DataSource source = postgres.getPostgresDatabase();
      try (Connection c = source.getConnection();
          Statement s = c.createStatement()) {
        s.execute("DELETE FROM ledger_line");
        s.execute("DELETE FROM ledger_head");
      }
      simulation.withJdbc("postgresql", source);
    }
    long start = System.nanoTime();
    simulation.run(operations());
    System.out.printf(
        "ledger simulation: seed %d, %d operations, %d crashes, %d stores, %.1f s%n",
        seed,
        operations(),
        simulation.crashes,
        simulation.stores(),
        (System.nanoTime() - start) / 1e9);
    if (seed != 1 && seed != 42) {
      return; // a new seed checks the invariants; the fixed ones also that every code is reached
    }
    assertThat(simulation.codes.keySet())
        .as("seed %d exercises the result codes", seed)
        .contains(
            "accepted",
            "exists",
            "unbalanced",
            "overdraft",
            "closed_period",
            "future_dated",
            "unknown_account",
            "exists_with_different_memo",
            "linked_entry_failed",
            "pending_already_resolved");
    if (seed == 42) {
      assertThat(simulation.codes.keySet())
          .as("seed %d exercises the later codes", seed)
          .contains("pending_expired", "restricted_purpose", "reversal_mismatch");
    }
    assertThat(simulation.crashes).as("seed %d crashes the file store", seed).isPositive();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void replaysASeedExactly(long seed) {
    mkdirs();
    LedgerSimulation first = new LedgerSimulation(seed, dir.resolve("a"));
    LedgerSimulation second = new LedgerSimulation(seed, dir.resolve("b"));
    first.run(300);
    second.run(300);
    assertThat(second.codes).isEqualTo(first.codes);
  }

  void mkdirs() {
    try {
      java.nio.file.Files.createDirectories(dir.resolve("a"));
      java.nio.file.Files.createDirectories(dir.resolve("b"));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
