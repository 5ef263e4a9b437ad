/**
 * The means tests: 低保 (minimum living guarantee, MLG) and 低保边缘 (near-MLG) eligibility, with the
 * counted members, the household income and the property test.
 */
@NullMarked
@ValueStyle
package org.communitygov.rules.needs.meanstest;

import org.communitygov.model.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
