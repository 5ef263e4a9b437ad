package org.communitygov.rules.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.communitygov.model.ledger.LedgerId;

/**
 * A store that keeps the journal in a relational database through JDBC, with the DDL shipped for
 * PostgreSQL and SQLite ({@link Dialect#ddl()}). Nothing but {@code java.sql} is needed: the driver
 * is the user's.
 *
 * <p>The database keeps one writer per ledger: a batch moves the ledger's head row from the size
 * and root hash its writer last saw to the new ones, in the same transaction as the lines, whose
 * {@code (ledger_id, seq)} is the primary key. A writer that is not up to date moves no row and its
 * batch is rolled back ({@value LedgerStoreException#CONFLICT}).
 *
 * @since 0.1.0
 */
public final class JdbcLedgerStore implements LedgerStore {
  /** The databases whose DDL is shipped. */
  public enum Dialect {
    /** PostgreSQL 12 or later. */
    POSTGRESQL("ledger-postgresql.sql"),
    /** SQLite 3.24 or later. */
    SQLITE("ledger-sqlite.sql");

    private final String resource;

    Dialect(String resource) {
      this.resource = resource;
    }

    /**
     * Returns the DDL that creates the store's tables (if they do not exist).
     *
     * @return the SQL statements, separated by semicolons, not null
     */
    public String ddl() {
      try (InputStream in = JdbcLedgerStore.class.getResourceAsStream(resource)) {
        return new String(
            Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IllegalStateException("the DDL " + resource + " ships with communitygov", e);
      }
    }
  }

  private final DataSource dataSource;
  private final String ledger;

  private JdbcLedgerStore(DataSource dataSource, String ledger) {
    this.dataSource = dataSource;
    this.ledger = ledger;
  }

  /**
   * Creates the store's tables if they do not exist.
   *
   * @param dataSource the database, not null
   * @param dialect the database's dialect, not null
   * @throws LedgerStoreException if the DDL fails
   */
  public static void createTables(DataSource dataSource, Dialect dialect) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (String sql : dialect.ddl().replaceAll("(?m)^--.*$", "").split(";")) {
        if (!sql.isBlank()) {
          s.execute(sql);
        }
      }
    } catch (SQLException e) {
      throw io("cannot create the ledger tables", e);
    }
  }

  /**
   * Opens the store of one ledger in a database whose tables exist.
   *
   * @param dataSource the database, not null
   * @param ledger the ledger, not null
   * @return the store, not null
   * @throws LedgerStoreException if the database cannot be reached
   */
  public static JdbcLedgerStore open(DataSource dataSource, LedgerId ledger) {
    JdbcLedgerStore store =
        new JdbcLedgerStore(Objects.requireNonNull(dataSource, "dataSource"), ledger.value());
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO ledger_head (ledger_id, size, root_hash) VALUES (?, 0, ?)"
                    + " ON CONFLICT (ledger_id) DO NOTHING")) {
      s.setString(1, store.ledger);
      s.setString(2, Hashes.hex(Hashes.create().empty()));
      s.executeUpdate();
    } catch (SQLException e) {
      throw io("cannot open the ledger " + store.ledger, e);
    }
    return store;
  }

  private static LedgerStoreException io(String message, SQLException e) {
    return new LedgerStoreException(
        LedgerStoreException.IO, message + " (SQL state " + e.getSQLState() + ")", e);
  }

  @Override
  public List<byte[]> lines() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT seq, line FROM ledger_line WHERE ledger_id = ? ORDER BY seq")) {
      s.setString(1, ledger);
      List<byte[]> lines = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          if (r.getLong(1) != lines.size()) {
            throw new LedgerStoreException(
                LedgerStoreException.IO, "the ledger " + ledger + " has no line " + lines.size());
          }
          lines.add(r.getBytes(2));
        }
      }
      return lines;
    } catch (SQLException e) {
      throw io("cannot read the ledger " + ledger, e);
    }
  }

  @Override
  public long size() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT size FROM ledger_head WHERE ledger_id = ?")) {
      s.setString(1, ledger);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw io("cannot read the ledger " + ledger, e);
    }
  }

  @Override
  public void append(StoreBatch batch) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        moveHead(c, batch);
        try (PreparedStatement s =
            c.prepareStatement("INSERT INTO ledger_line (ledger_id, seq, line) VALUES (?, ?, ?)")) {
          long seq = batch.previousSize();
          for (byte[] line : batch.lines()) {
            s.setString(1, ledger);
            s.setLong(2, seq++);
            s.setBytes(3, line);
            s.addBatch();
          }
          s.executeBatch();
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      String state = e.getSQLState();
      if (state != null && state.startsWith("23")) {
        throw new LedgerStoreException(
            LedgerStoreException.CONFLICT, "another writer appended to the ledger " + ledger, e);
      }
      throw io("cannot append to the ledger " + ledger, e);
    }
  }

  private void moveHead(Connection c, StoreBatch batch) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE ledger_head SET size = ?, root_hash = ?"
                + " WHERE ledger_id = ? AND size = ? AND root_hash = ?")) {
      s.setLong(1, batch.previousSize() + batch.lines().size());
      s.setString(2, Hashes.hex(batch.root()));
      s.setString(3, ledger);
      s.setLong(4, batch.previousSize());
      s.setString(5, Hashes.hex(batch.previousRoot()));
      if (s.executeUpdate() != 1) {
        throw new LedgerStoreException(
            LedgerStoreException.CONFLICT,
            "the ledger "
                + ledger
                + " is not at the head its writer saw (size "
                + batch.previousSize()
                + ")");
      }
    }
  }

  @Override
  public void close() {
    // connections are taken from the data source per call and closed after it
  }
}
