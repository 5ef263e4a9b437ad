/**
 * What the needs rules share: the household input and its JSON, reading facts, shared facts and
 * steps, the eligibility outcome.
 */
@NullMarked
@ValueStyle
package org.communitygov.rules.needs.shared;

import org.communitygov.model.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
