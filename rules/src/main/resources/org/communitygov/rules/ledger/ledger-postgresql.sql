-- communitygov ledger store, PostgreSQL (docs/ledger.md "Stores").
-- One row per ledger holds its head; one row per journal line. The writer of a batch moves the
-- head from the size and root it read to the new ones, so two writers cannot both append.
CREATE TABLE IF NOT EXISTS ledger_head (
  ledger_id VARCHAR(64) PRIMARY KEY,
  size      BIGINT      NOT NULL,
  root_hash CHAR(64)    NOT NULL
);
CREATE TABLE IF NOT EXISTS ledger_line (
  ledger_id VARCHAR(64) NOT NULL REFERENCES ledger_head (ledger_id),
  seq       BIGINT      NOT NULL,
  line      BYTEA       NOT NULL,
  PRIMARY KEY (ledger_id, seq)
);
