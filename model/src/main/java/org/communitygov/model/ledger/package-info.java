/**
 * Ledgers of value: accounts, transactions of postings that sum to zero per unit, pending
 * (two-phase) transactions, period closes and balance assertions, each an immutable entry of a
 * journal. Money and time or points are units that never mix. The posting semantics (result codes),
 * the Merkle tree and the stores live in {@code org.communitygov.rules.ledger}; see {@code
 * docs/ledger.md}.
 */
@NullMarked
@ValueStyle
package org.communitygov.model.ledger;

import org.communitygov.model.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
