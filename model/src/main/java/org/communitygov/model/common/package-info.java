/**
 * Value types shared by every area of the model: identifiers (citizen ID, social credit code,
 * division code), money, date ranges, phone numbers, the library's exceptions and the marking of
 * sensitive personal data.
 */
@NullMarked
@ValueStyle
package org.communitygov.model.common;

import org.communitygov.model.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
