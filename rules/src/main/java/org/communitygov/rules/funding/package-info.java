/**
 * Funding on the ledger core: funds as self-balancing sets of accounts (ADR 0088), restricted money
 * spent only for its purpose and released only with authority (ADR 0089), lottery and
 * purchase-contract rules as dated parameters, period closes that fix the ledger's tree head, and
 * the disclosure report folded from the ledger (ADR 0090). See {@code docs/funding.md}.
 */
@NullMarked
@ValueStyle
package org.communitygov.rules.funding;

import org.communitygov.model.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
