/**
 * The ledger core: posting semantics with result codes, balances as folds of entries, the canonical
 * form of entries, an RFC 6962 Merkle tree over the journal with inclusion and consistency proofs,
 * journal verification, and the stores (in memory, NDJSON file, JDBC). See {@code docs/ledger.md}.
 */
@NullMarked
@ValueStyle
package org.communitygov.rules.ledger;

import org.communitygov.model.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
