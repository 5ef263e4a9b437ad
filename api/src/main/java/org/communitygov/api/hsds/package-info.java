/**
 * The service catalogue as Open Referral HSDS 3.0 JSON: {@link
 * org.communitygov.api.hsds.HsdsExport} writes organisations, services, locations, schedules, cost
 * options, service areas and taxonomy terms; {@link org.communitygov.api.hsds.HsdsImport} reads
 * HSDS services, organisations and locations back into the model, keeping what has no place in it
 * in {@code extensions}. See {@code docs/services.md} and ADR 0061.
 */
@NullMarked
package org.communitygov.api.hsds;

import org.jspecify.annotations.NullMarked;
