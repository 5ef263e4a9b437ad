/**
 * Community points (社区积分, 积分制) and time banks (时间银行): a scheme held by a community or an operator,
 * and its dated policies, in which every value is a term with its source and the confidence of that
 * source. The policies post to the ledger core through {@code org.communitygov.rules.points}; see
 * {@code docs/points.md}.
 */
@NullMarked
@ValueStyle
package org.communitygov.model.points;

import org.communitygov.model.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
