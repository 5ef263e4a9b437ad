/**
 * Points and time-bank policies as code: every accrual, bonus, expiry, redemption, transfer and
 * donation is a transaction on the ledger core, produced by the scheme's policy in force on its
 * date with its explanation; a refused request is a decision with its reason and code, and nothing
 * is posted. See {@code docs/points.md}.
 */
@NullMarked
package org.communitygov.rules.points;

import org.jspecify.annotations.NullMarked;
