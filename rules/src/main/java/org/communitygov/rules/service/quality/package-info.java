/**
 * Provider quality per period (服务质量评价): the {@link
 * org.communitygov.rules.service.quality.QualityAggregation} of orders, deliveries and satisfaction
 * feedback, and the {@link org.communitygov.rules.service.quality.ProviderQuality} rule that scores
 * a figure only from enough records.
 */
@NullMarked
package org.communitygov.rules.service.quality;

import org.jspecify.annotations.NullMarked;
