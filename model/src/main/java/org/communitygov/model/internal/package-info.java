/** Build-time support of the model (the Immutables style); not exported. */
@NullMarked
package org.communitygov.model.internal;

import org.jspecify.annotations.NullMarked;
