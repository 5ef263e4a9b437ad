/**
 * Needs assessments and needs profiles: what a resident or household needs and how it was found.
 */
@NullMarked
@ValueStyle
package org.communitygov.model.needs;

import org.communitygov.model.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
