/**
 * Households (户) and residents: persons, memberships over time, population groups, income and
 * assets for means tests.
 */
@NullMarked
@ValueStyle
package org.communitygov.model.household;

import org.communitygov.model.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
