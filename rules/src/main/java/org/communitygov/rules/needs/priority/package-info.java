/** Priority groups of a household (独居, 空巢, 高龄, 残疾, 低保, 特困 …). */
@NullMarked
@ValueStyle
package org.communitygov.rules.needs.priority;

import org.communitygov.model.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
