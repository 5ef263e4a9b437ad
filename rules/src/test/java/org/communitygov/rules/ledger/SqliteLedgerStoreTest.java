package org.communitygov.rules.ledger;

import java.nio.file.Path;
import org.communitygov.model.ledger.LedgerId;
import org.communitygov.rules.ledger.JdbcLedgerStore.Dialect;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** The store contract on SQLite, one database file per store. */
class SqliteLedgerStoreTest extends LedgerStoreContract {
  @TempDir Path dir;
  int databases;
  SQLiteDataSource last;

  static SQLiteDataSource sqlite(Path file, boolean sync) {
    SQLiteConfig config = new SQLiteConfig();
    config.enforceForeignKeys(true);
    config.setBusyTimeout(10_000);
    if (!sync) {
      config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
    }
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl("jdbc:sqlite:" + file);
    JdbcLedgerStore.createTables(source, Dialect.SQLITE);
    return source;
  }

  @Override
  LedgerStore newStore() {
    last = sqlite(dir.resolve("ledger-" + databases++ + ".db"), true);
    return JdbcLedgerStore.open(last, LedgerId.of("heping"));
  }

  @Override
  LedgerStore reopen(LedgerStore store) {
    store.close();
    return JdbcLedgerStore.open(last, LedgerId.of("heping"));
  }
}
