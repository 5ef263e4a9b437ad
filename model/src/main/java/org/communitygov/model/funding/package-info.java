/**
 * Community funding (社区资金): funds of many sources with their restrictions, community projects with
 * budgets per fund and category, purchase-of-service contracts (政府购买服务) with milestones, and the
 * funding transactions that post to the ledger core through {@code org.communitygov.rules.funding};
 * see {@code docs/funding.md} and ADRs 0088–0090.
 */
@NullMarked
@ValueStyle
package org.communitygov.model.funding;

import org.communitygov.model.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
