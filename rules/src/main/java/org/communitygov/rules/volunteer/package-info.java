/**
 * Volunteer rules: star levels by cumulative recorded hours (per-jurisdiction dated thresholds),
 * the hours of service records with overlaps refused, certificate issuing ("谁组织谁记录，谁记录谁证明") and the
 * verification digest of a certificate on an hours ledger. See {@code docs/volunteers.md}.
 */
@NullMarked
package org.communitygov.rules.volunteer;

import org.jspecify.annotations.NullMarked;
