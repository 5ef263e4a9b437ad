/**
 * Needs evaluation: the {@linkplain org.communitygov.rules.needs.NeedsCatalogue catalogue} of the
 * needs rules. The rules live in one package per instrument and programme: elder ability (GB/T
 * 42195-2022, MZ/T 039-2013), the Barthel index, the means tests (低保, 低保边缘), 特困 and priority
 * groups, with what they share in {@code needs.shared}.
 */
@NullMarked
package org.communitygov.rules.needs;

import org.jspecify.annotations.NullMarked;
