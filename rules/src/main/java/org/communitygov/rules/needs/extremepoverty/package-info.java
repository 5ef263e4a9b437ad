/** The 特困 (extreme-poverty support) eligibility test. */
@NullMarked
@ValueStyle
package org.communitygov.rules.needs.extremepoverty;

import org.communitygov.model.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
