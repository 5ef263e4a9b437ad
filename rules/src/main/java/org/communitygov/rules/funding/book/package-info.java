/**
 * The fund book: a community's funds, projects and purchase contracts on its funding ledger ({@link
 * org.communitygov.rules.funding.book.FundBook}), the funding decisions that allow or refuse each
 * receipt, spend, transfer, release, refund and contract payment ({@link
 * org.communitygov.rules.funding.book.FundingOutcome}, {@link
 * org.communitygov.rules.funding.book.FundingRefusal}), the contract term limit, and the period
 * close that fixes the ledger's tree head (ADRs 0088, 0089). The accounts of a fund and the source
 * form of a transaction ({@link org.communitygov.rules.funding.book.FundingAccounts}, {@link
 * org.communitygov.rules.funding.book.FundingSource}) are how the disclosure reads the ledger.
 */
@NullMarked
@ValueStyle
package org.communitygov.rules.funding.book;

import org.communitygov.model.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
