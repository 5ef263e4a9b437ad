/**
 * The supply–demand gap per community, category and period (供需对比): a streaming {@link
 * org.communitygov.rules.service.gap.GapAggregation} of requests, orders and deliveries, the {@link
 * org.communitygov.rules.service.gap.GapClassification} rule that flags shortage and oversupply at
 * parameterised thresholds, and sharing suggestions between neighbouring communities.
 */
@NullMarked
package org.communitygov.rules.service.gap;

import org.jspecify.annotations.NullMarked;
