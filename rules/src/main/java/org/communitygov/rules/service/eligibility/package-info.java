/**
 * The eligibility of a service for a household or person on a date (服务对象资格): the {@link
 * org.communitygov.rules.service.eligibility.ServiceEligibility} rule composed from the household's
 * facts (age bands, population groups, 低保/特困 status, elder ability level, residence), and a {@link
 * org.communitygov.rules.service.eligibility.CatalogueEligibility} that answers for every service
 * of a catalogue at once, the household's facts found once.
 */
@NullMarked
package org.communitygov.rules.service.eligibility;

import org.jspecify.annotations.NullMarked;
