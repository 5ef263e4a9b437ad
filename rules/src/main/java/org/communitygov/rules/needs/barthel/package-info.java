/** The Barthel index of activities of daily living, with its schemes of categories. */
@NullMarked
@ValueStyle
package org.communitygov.rules.needs.barthel;

import org.communitygov.model.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
