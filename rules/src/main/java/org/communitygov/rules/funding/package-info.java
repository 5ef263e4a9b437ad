/**
 * Funding on the ledger core: the {@linkplain org.communitygov.rules.funding.FundingCatalogue
 * catalogue source} of the funding rules, which live in a package per concept (ADR 0091): the fund
 * book, its decisions and period closes in {@code funding.book} (funds as self-balancing sets of
 * accounts, ADR 0088; restricted money spent only for its purpose and released only with authority,
 * ADR 0089; the contract term limit), the lottery's prohibited uses and elderly-care share in
 * {@code funding.lottery}, and the disclosure report folded from the ledger with the frequency rule
 * in {@code funding.disclosure} (ADR 0090). See {@code docs/funding.md}.
 */
@NullMarked
package org.communitygov.rules.funding;

import org.jspecify.annotations.NullMarked;
