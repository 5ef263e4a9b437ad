package org.communitygov.rules.ledger;

class MemoryLedgerStoreTest extends LedgerStoreContract {
  @Override
  LedgerStore newStore() {
    return new MemoryLedgerStore();
  }

  @Override
  LedgerStore reopen(LedgerStore store) {
    return store;
  }
}
