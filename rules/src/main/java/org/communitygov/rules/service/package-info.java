/**
 * The service rules: the {@linkplain org.communitygov.rules.service.ServiceRules catalogue source}
 * of the supply–demand gap ({@code service.gap}), provider quality ({@code service.quality}) and
 * the eligibility of a service ({@code service.eligibility}); each lives in a package of its own.
 */
@NullMarked
package org.communitygov.rules.service;

import org.jspecify.annotations.NullMarked;
