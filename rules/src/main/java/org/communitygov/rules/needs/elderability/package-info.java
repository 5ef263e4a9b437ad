/** Elder ability assessment: GB/T 42195-2022 and MZ/T 039-2013, with their level changes. */
@NullMarked
@ValueStyle
package org.communitygov.rules.needs.elderability;

import org.communitygov.model.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
