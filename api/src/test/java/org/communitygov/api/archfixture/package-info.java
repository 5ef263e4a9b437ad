/**
 * Deliberately bad api classes for {@code ArchitectureRulesCanFailTest}; test fixtures only. The
 * package itself is outside every allowed area.
 */
@NullMarked
package org.communitygov.api.archfixture;

import org.jspecify.annotations.NullMarked;
