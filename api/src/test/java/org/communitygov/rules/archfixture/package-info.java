/** A deliberately bad rules class for {@code ArchitectureRulesCanFailTest}; test fixture only. */
@NullMarked
package org.communitygov.rules.archfixture;

import org.jspecify.annotations.NullMarked;
