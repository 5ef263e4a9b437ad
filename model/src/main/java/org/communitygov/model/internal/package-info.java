/**
 * Build-time support of the model: the Immutables style its value types share. Exported only to the
 * communitygov rules and api modules (qualified export); not part of the public API, and may change
 * without notice.
 */
@NullMarked
package org.communitygov.model.internal;

import org.jspecify.annotations.NullMarked;
