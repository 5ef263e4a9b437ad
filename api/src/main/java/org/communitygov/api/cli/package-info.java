/** The {@code communitygov} command-line tool; not part of the library's API. */
@NullMarked
package org.communitygov.api.cli;

import org.jspecify.annotations.NullMarked;
