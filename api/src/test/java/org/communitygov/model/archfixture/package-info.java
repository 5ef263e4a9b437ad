/**
 * Deliberately bad and deliberately allowed model classes for {@code ArchitectureRulesCanFailTest};
 * test fixtures only.
 */
@NullMarked
package org.communitygov.model.archfixture;

import org.jspecify.annotations.NullMarked;
