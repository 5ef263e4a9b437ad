-- communitygov ledger store, SQLite (docs/ledger.md "Stores").
-- One row per ledger holds its head; one row per journal line. The writer of a batch moves the
-- head from the size and root it read to the new ones, so two writers cannot both append.
CREATE TABLE IF NOT EXISTS ledger_head (
  ledger_id TEXT    PRIMARY KEY,
  size      INTEGER NOT NULL,
  root_hash TEXT    NOT NULL
);
CREATE TABLE IF NOT EXISTS ledger_line (
  ledger_id TEXT    NOT NULL REFERENCES ledger_head (ledger_id),
  seq       INTEGER NOT NULL,
  line      BLOB    NOT NULL,
  PRIMARY KEY (ledger_id, seq)
);
