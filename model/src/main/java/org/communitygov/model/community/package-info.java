/**
 * Communities (社区) and administrative villages (建制村), their committees, the street office or
 * township above them, grids and buildings.
 */
@NullMarked
@ValueStyle
package org.communitygov.model.community;

import org.communitygov.model.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
