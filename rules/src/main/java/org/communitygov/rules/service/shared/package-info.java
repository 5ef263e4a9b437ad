/** What the service rules share: the period a report covers. */
@NullMarked
package org.communitygov.rules.service.shared;

import org.jspecify.annotations.NullMarked;
