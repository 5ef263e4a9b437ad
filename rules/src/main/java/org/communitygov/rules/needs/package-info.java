/**
 * Needs evaluation: elder ability assessment (GB/T 42195-2022, MZ/T 039-2013), the Barthel index,
 * means tests (低保, 低保边缘, 特困) and priority groups.
 */
@NullMarked
@ValueStyle
package org.communitygov.rules.needs;

import org.communitygov.model.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
